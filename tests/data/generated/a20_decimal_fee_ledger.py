# generated: a DCA (dollar-cost averaging) strategy with exact Decimal accounting for fees and cash, json summary
import argparse
import json
import random
from decimal import Decimal, ROUND_DOWN, ROUND_HALF_UP, getcontext
from fractions import Fraction
from typing import List, NamedTuple

getcontext().prec = 28

CENT = Decimal("0.01")
SHARE_STEP = Decimal("0.0001")


class Fill(NamedTuple):
    day: int
    price: Decimal
    shares: Decimal
    fee: Decimal


def price_path(days: int, seed: int) -> List[Decimal]:
    rng = random.Random(seed)
    p = 45.0
    out = []
    for _ in range(days):
        p *= 1 + rng.gauss(0.0003, 0.02)
        out.append(Decimal(str(p)).quantize(CENT, rounding=ROUND_HALF_UP))
    return out


def fee_for(notional: Decimal, bps: Decimal, minimum: Decimal) -> Decimal:
    fee = (notional * bps / Decimal(10_000)).quantize(CENT, rounding=ROUND_HALF_UP)
    return max(fee, minimum)


def run_dca(prices: List[Decimal], every: int, amount: Decimal, bps: Decimal, min_fee: Decimal) -> List[Fill]:
    fills = []
    for day, price in enumerate(prices):
        if day % every:
            continue
        fee = fee_for(amount, bps, min_fee)
        shares = ((amount - fee) / price).quantize(SHARE_STEP, rounding=ROUND_DOWN)
        fills.append(Fill(day, price, shares, fee))
    return fills


def main():
    ap = argparse.ArgumentParser(description="Dollar cost averaging with exact accounting")
    ap.add_argument("--days", type=int, default=252 * 5)
    ap.add_argument("--every", type=int, default=21, help="buy every N trading days")
    ap.add_argument("--amount", type=Decimal, default=Decimal("500.00"))
    ap.add_argument("--fee-bps", type=Decimal, default=Decimal("10"))
    ap.add_argument("--min-fee", type=Decimal, default=Decimal("1.00"))
    ap.add_argument("--seed", type=int, default=2)
    args = ap.parse_args()

    prices = price_path(args.days, args.seed)
    fills = run_dca(prices, args.every, args.amount, args.fee_bps, args.min_fee)
    invested = args.amount * len(fills)
    shares = sum((f.shares for f in fills), Decimal(0))
    fees = sum((f.fee for f in fills), Decimal(0))
    value = (shares * prices[-1]).quantize(CENT)
    avg_cost = (invested - fees) / shares if shares else Decimal(0)
    lump_shares = (invested - fee_for(invested, args.fee_bps, args.min_fee)) / prices[0]
    lump_value = (lump_shares * prices[-1]).quantize(CENT)
    fee_drag = Fraction(fees) / Fraction(invested)

    for f in fills[:3]:
        print(f"day {f.day:>4}: bought {f.shares} @ {f.price} fee {f.fee}")
    print(json.dumps({
        "buys": len(fills),
        "invested": str(invested),
        "shares": str(shares),
        "avg_cost": str(avg_cost.quantize(CENT)),
        "final_price": str(prices[-1]),
        "value": str(value),
        "return": float(((value / invested) - 1).quantize(Decimal("0.0001"))),
        "lump_sum_value": str(lump_value),
        "fees": str(fees),
        "fee_drag": f"{fee_drag.numerator}/{fee_drag.denominator}",
        "fee_drag_pct": round(float(fee_drag) * 100, 4),
    }))


if __name__ == "__main__":
    main()
