# generated: dollar-cost averaging vs lump sum with exact Decimal accounting and a ledger of transactions; output JSON
import argparse
import json
import random
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, getcontext, ROUND_DOWN
from fractions import Fraction

getcontext().prec = 28
Q2 = Decimal("0.01")
Q6 = Decimal("0.000001")


@dataclass(frozen=True)
class Txn:
    day: date
    kind: str
    units: Decimal
    price: Decimal

    @property
    def amount(self) -> Decimal:
        return (self.units * self.price).quantize(Q2)


class Ledger:
    def __init__(self, cash: Decimal):
        self.cash = cash
        self.units = Decimal(0)
        self.txns = []

    def buy_amount(self, day, amount, price, fee_bps):
        fee = (amount * Decimal(fee_bps) / Decimal(10000)).quantize(Q2)
        units = ((amount - fee) / price).quantize(Q6, rounding=ROUND_DOWN)
        cost = (units * price).quantize(Q2)
        self.cash -= cost + fee
        self.units += units
        self.txns.append(Txn(day, "BUY", units, price))
        return units

    def value(self, price):
        return (self.cash + self.units * price).quantize(Q2)


def price_path(start: date, days: int, seed: int):
    rng = random.Random(seed)
    p = 100.0
    out = OrderedDict()
    d = start
    while len(out) < days:
        if d.weekday() < 5:
            p *= 1 + rng.gauss(0.0003, 0.012)
            out[d] = Decimal(str(round(p, 4)))
        d += timedelta(days=1)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--budget", type=Decimal, default=Decimal("12000"))
    ap.add_argument("--months", type=int, default=12)
    ap.add_argument("--fee-bps", type=int, default=5)
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args()

    prices = price_path(date(2022, 1, 3), 260 * 2, args.seed)
    days = list(prices)

    lump = Ledger(args.budget)
    lump.buy_amount(days[0], args.budget, prices[days[0]], args.fee_bps)

    dca = Ledger(args.budget)
    per = (args.budget / args.months).quantize(Q2, rounding=ROUND_DOWN)
    seen_months = set()
    for d in days:
        key = (d.year, d.month)
        if key not in seen_months and len(seen_months) < args.months:
            seen_months.add(key)
            dca.buy_amount(d, per, prices[d], args.fee_bps)

    last = prices[days[-1]]
    avg_cost = sum(t.amount for t in dca.txns) / sum(t.units for t in dca.txns)
    harmonic = Fraction(len(dca.txns)) / sum(Fraction(1) / Fraction(t.price) for t in dca.txns)
    print(f"DCA bought {len(dca.txns)} times, avg cost {avg_cost:.4f} vs harmonic mean {float(harmonic):.4f}")
    for t in dca.txns[:3]:
        print(f"  {t.day.isoformat()} {t.kind} {t.units} @ {t.price} = {t.amount}")
    result = {
        "final_price": str(last),
        "lump_sum_value": str(lump.value(last)),
        "dca_value": str(dca.value(last)),
        "dca_avg_cost": str(avg_cost.quantize(Q6)),
        "dca_harmonic_mean_price": round(float(harmonic), 4),
        "winner": "lump_sum" if lump.value(last) > dca.value(last) else "dca",
        "dca_leftover_cash": str(dca.cash),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
