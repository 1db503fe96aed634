# generated: dollar-cost averaging vs lump sum backtest with exact Decimal cash accounting and Fraction share lots, print JSON with 2dp money
import argparse
import json
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal, getcontext
from fractions import Fraction

import numpy as np

getcontext().prec = 28
CENT = Decimal("0.01")


class Account:
    def __init__(self, cash: Decimal, fee: Decimal, lot: Fraction):
        self.cash = cash
        self.fee = fee
        self.lot = lot
        self.shares = Fraction(0)
        self.fees_paid = Decimal(0)

    def buy(self, budget: Decimal, price: Decimal) -> Fraction:
        budget = min(budget, self.cash - self.fee)
        if budget <= 0:
            return Fraction(0)
        raw = Fraction(budget) / Fraction(price)
        lots = raw // self.lot
        qty = lots * self.lot
        cost = (Decimal(qty.numerator) / Decimal(qty.denominator) * price).quantize(CENT, ROUND_HALF_EVEN)
        if qty == 0:
            return Fraction(0)
        self.cash -= cost + self.fee
        self.fees_paid += self.fee
        self.shares += qty
        return qty

    def value(self, price: Decimal) -> Decimal:
        sh = Decimal(self.shares.numerator) / Decimal(self.shares.denominator)
        return (self.cash + sh * price).quantize(CENT, ROUND_DOWN)


def monthly_prices(months: int, seed: int):
    rng = np.random.default_rng(seed)
    p = 250 * np.exp(np.cumsum(rng.normal(0.006, 0.045, months)))
    return [Decimal(str(round(float(x), 2))) for x in p]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--capital", type=Decimal, default=Decimal("120000"))
    ap.add_argument("--months", type=int, default=120)
    ap.add_argument("--dca-months", type=int, default=12)
    ap.add_argument("--fee", type=Decimal, default=Decimal("4.95"))
    ap.add_argument("--lot", type=Fraction, default=Fraction(1, 1000), help="share increment, e.g. 1/1000")
    ap.add_argument("--seed", type=int, default=606)
    args = ap.parse_args()

    prices = monthly_prices(args.months, args.seed)
    lump = Account(args.capital, args.fee, args.lot)
    dca = Account(args.capital, args.fee, args.lot)
    lump.buy(args.capital, prices[0])
    tranche = (args.capital / args.dca_months).quantize(CENT, ROUND_DOWN)
    for m, px in enumerate(prices):
        if m < args.dca_months:
            dca.buy(tranche, px)
    last = prices[-1]
    lv, dv = lump.value(last), dca.value(last)
    print("lump sum: {:>12,}  dca: {:>12,}".format(lv, dv))
    print(json.dumps({
        "final_price": str(last),
        "lump_sum_value": str(lv),
        "dca_value": str(dv),
        "lump_minus_dca": str(lv - dv),
        "lump_shares": str(lump.shares.limit_denominator(1000)),
        "dca_shares": float(round(dca.shares, 3)),
        "dca_fees": str(dca.fees_paid),
        "winner": "lump_sum" if lv > dv else "dca",
    }))


if __name__ == "__main__":
    main()
