# generated: compare dollar-cost averaging vs lump sum vs value averaging using Decimal for cash accounting, json summary
import argparse
import json
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_DOWN, getcontext
from typing import List

import numpy as np

getcontext().prec = 28
CENT = Decimal("0.01")
SHARE = Decimal("0.0001")


@dataclass
class Account:
    cash: Decimal
    shares: Decimal = Decimal(0)
    invested: Decimal = Decimal(0)
    buys: List[Decimal] = field(default_factory=list)

    def buy(self, amount: Decimal, price: Decimal) -> None:
        amount = min(amount, self.cash).quantize(CENT, rounding=ROUND_DOWN)
        if amount <= 0:
            return
        qty = (amount / price).quantize(SHARE, rounding=ROUND_DOWN)
        cost = (qty * price).quantize(CENT)
        self.cash -= cost
        self.shares += qty
        self.invested += cost
        self.buys.append(cost)

    def sell(self, amount: Decimal, price: Decimal) -> None:
        qty = min((amount / price).quantize(SHARE, rounding=ROUND_DOWN), self.shares)
        self.shares -= qty
        self.cash += (qty * price).quantize(CENT)

    def value(self, price: Decimal) -> Decimal:
        return (self.cash + self.shares * price).quantize(CENT)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--capital", type=Decimal, default=Decimal("120000"))
    ap.add_argument("--months", type=int, default=24)
    ap.add_argument("--seed", type=int, default=40)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    days = a.months * 21 + 1
    prices = [Decimal(str(round(p, 4))) for p in 50 * np.exp(np.cumsum(rng.normal(0.0003, 0.013, days)))]
    monthly_idx = list(range(0, days - 1, 21))[: a.months]

    lump = Account(a.capital)
    lump.buy(a.capital, prices[0])

    dca = Account(a.capital)
    tranche = (a.capital / a.months).quantize(CENT)
    for i in monthly_idx:
        dca.buy(tranche, prices[i])

    va = Account(a.capital)
    for k, i in enumerate(monthly_idx, start=1):
        target = tranche * k
        gap = target - va.shares * prices[i]
        if gap > 0:
            va.buy(gap, prices[i])
        else:
            va.sell(-gap, prices[i])

    final_px = prices[-1]
    out = {}
    for name, acct in (("lump_sum", lump), ("dca", dca), ("value_avg", va)):
        v = acct.value(final_px)
        out[name] = {
            "final_value": str(v),
            "return_pct": float(((v / a.capital - 1) * 100).quantize(CENT)),
            "buys": len(acct.buys),
            "avg_cost": str((acct.invested / acct.shares).quantize(CENT)) if acct.shares else None,
            "cash_left": str(acct.cash),
        }
        print(f"{name:>10}: {v:>12,} ({out[name]['return_pct']:+.2f}%)")
    out["start_price"] = str(prices[0])
    out["end_price"] = str(final_px)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
