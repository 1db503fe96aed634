# generated: parse a list of futures contract codes with a regex (e.g. ESZ4, CLF25), build a roll schedule, stitch a back-adjusted continuous series from synthetic contract prices and run a trend rule; print JSON
import argparse
import json
import math
import re
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

MONTH_CODES = "FGHJKMNQUVXZ"
CODE_RE = re.compile(r"^(?P<root>[A-Z]{1,3}?)(?P<month>[FGHJKMNQUVXZ])(?P<year>\d{1,2})$")


@dataclass(frozen=True, order=True)
class Contract:
    expiry: date
    root: str
    code: str

    @classmethod
    def parse(cls, code: str, decade: int = 2020) -> "Contract":
        m = CODE_RE.match(code.strip().upper())
        if not m:
            raise ValueError(f"not a contract code: {code!r}")
        month = MONTH_CODES.index(m.group("month")) + 1
        y = int(m.group("year"))
        year = decade + y if y < 10 else 2000 + y
        return cls(date(year, month, 15), m.group("root"), code.upper())


def contract_prices(contracts, seed):
    rng = np.random.default_rng(seed)
    start = pd.Timestamp(contracts[0].expiry) - pd.DateOffset(months=4)
    idx = pd.bdate_range(start, contracts[-1].expiry)
    spot = 80 * np.exp(np.cumsum(rng.normal(0.0002, 0.018, len(idx))))
    out = {}
    for i, c in enumerate(contracts):
        days_to_exp = np.maximum((pd.Timestamp(c.expiry) - idx).days, 0)
        contango = 0.00008 * days_to_exp
        out[c.code] = pd.Series(spot * np.exp(contango), index=idx).where(idx <= pd.Timestamp(c.expiry))
    return pd.DataFrame(out)


def back_adjusted(prices: pd.DataFrame, contracts, roll_days: int) -> pd.Series:
    pieces = []
    adjust = 0.0
    for cur, nxt in reversed(list(zip(contracts, contracts[1:]))):
        roll = pd.Timestamp(cur.expiry) - pd.tseries.offsets.BDay(roll_days)
        if not pieces:
            pieces.append(prices[nxt.code].loc[roll:].dropna())
        gap = prices[nxt.code].asof(roll) - prices[cur.code].asof(roll)
        adjust += gap
        seg = prices[cur.code].loc[:roll - pd.Timedelta(days=1)].dropna() + adjust
        pieces.append(seg)
    return pd.concat(reversed(pieces)).sort_index()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--codes", default="CLH3,CLM3,CLU3,CLZ3,CLH4,CLM4,CLU4,CLZ4,CLH5,CLM5")
    ap.add_argument("--roll-days", type=int, default=5)
    ap.add_argument("--ma", type=int, default=50)
    ap.add_argument("--seed", type=int, default=17)
    a = ap.parse_args()

    contracts = sorted(Contract.parse(c) for c in a.codes.split(","))
    roots = {c.root for c in contracts}
    prices = contract_prices(contracts, a.seed)
    cont = back_adjusted(prices, contracts, a.roll_days)
    pos = (cont > cont.rolling(a.ma).mean()).astype(float).shift(1).fillna(0)
    pnl = pos * cont.diff().fillna(0)
    cum = pnl.cumsum()
    print(f"roots {sorted(roots)}; {len(contracts)} contracts {contracts[0].code}..{contracts[-1].code}; {len(cont)} days")
    print(json.dumps({
        "contracts": [c.code for c in contracts],
        "expiries": [c.expiry.isoformat() for c in contracts],
        "days": len(cont),
        "total_points": round(float(cum.iloc[-1]), 2),
        "sharpe": round(float(pnl.mean() / pnl.std() * math.sqrt(252)), 3),
        "max_dd_points": round(float((cum - cum.cummax()).min()), 2),
        "exposure": round(float(pos.mean()), 3),
    }))


if __name__ == "__main__":
    main()
