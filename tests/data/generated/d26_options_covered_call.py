# generated: backtest a monthly covered call strategy on synthetic stock prices using Black-Scholes pricing with math.erf, dataclass for option contracts; output JSON
import argparse
import json
import math
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd


def norm_cdf(x: float) -> float:
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))


@dataclass(frozen=True)
class CallOption:
    strike: float
    expiry: date
    vol: float
    rate: float = 0.02

    def price(self, spot: float, today: date) -> float:
        t = max((self.expiry - today).days, 0) / 365
        if t == 0:
            return max(spot - self.strike, 0.0)
        d1 = (math.log(spot / self.strike) + (self.rate + 0.5 * self.vol ** 2) * t) / (self.vol * math.sqrt(t))
        d2 = d1 - self.vol * math.sqrt(t)
        return spot * norm_cdf(d1) - self.strike * math.exp(-self.rate * t) * norm_cdf(d2)

    def delta(self, spot: float, today: date) -> float:
        t = max((self.expiry - today).days, 1) / 365
        d1 = (math.log(spot / self.strike) + (self.rate + 0.5 * self.vol ** 2) * t) / (self.vol * math.sqrt(t))
        return norm_cdf(d1)

    def __str__(self) -> str:
        return f"C{self.strike:.2f}@{self.expiry:%Y-%m-%d}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--otm", type=float, default=0.05, help="strike as pct above spot")
    ap.add_argument("--iv-premium", type=float, default=1.1, help="implied / realised vol")
    ap.add_argument("--days", type=int, default=252 * 6)
    ap.add_argument("--seed", type=int, default=19)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    r = rng.normal(0.0003, 0.012, a.days)
    spot = pd.Series(100 * np.exp(np.cumsum(r)), index=pd.bdate_range("2017-01-02", periods=a.days))
    realised = spot.pct_change().rolling(21).std() * math.sqrt(252)
    expiries = spot.groupby([spot.index.year, spot.index.month]).tail(1).index

    cc_values, bh_values = [], []
    premium_total = 0.0
    assigned = 0
    option = None
    cash = 0.0
    written = []
    for ts, s in spot.items():
        today = ts.date()
        if option is not None and today >= option.expiry:
            payoff = max(s - option.strike, 0.0)
            cash -= payoff
            assigned += payoff > 0
            option = None
        if option is None and ts in expiries and not math.isnan(realised.loc[ts]):
            nxt = expiries[expiries > ts]
            if len(nxt):
                iv = realised.loc[ts] * a.iv_premium
                option = CallOption(round(s * (1 + a.otm), 2), nxt[0].date(), iv)
                prem = option.price(s, today)
                cash += prem
                premium_total += prem
                written.append(str(option))
        liability = option.price(s, today) if option else 0.0
        cc_values.append(s + cash - liability)
        bh_values.append(s)

    cc = pd.Series(cc_values, index=spot.index)
    bh = pd.Series(bh_values, index=spot.index)

    def summary(eq):
        rr = eq.pct_change().dropna()
        return {"total_return": round(float(eq.iloc[-1] / eq.iloc[0] - 1), 4),
                "vol": round(float(rr.std() * math.sqrt(252)), 4),
                "max_dd": round(float((eq / eq.cummax() - 1).min()), 4)}

    print(f"wrote {len(written)} calls, first {written[0]}, last {written[-1]}")
    print(json.dumps({
        "covered_call": summary(cc),
        "buy_hold": summary(bh),
        "calls_written": len(written),
        "assigned_in_money": int(assigned),
        "premium_collected": round(premium_total, 2),
    }))


if __name__ == "__main__":
    main()
