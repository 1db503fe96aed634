# generated: backtest with a small Money value class (operator overloading __add__, __sub__, __mul__, __eq__, __lt__, __hash__) to avoid float rounding in P&L, mean reversion on synthetic prices, JSON
import argparse
import json
from decimal import ROUND_HALF_UP, Decimal
from functools import total_ordering

import numpy as np


@total_ordering
class Money:
    __slots__ = ("amount",)
    QUANT = Decimal("0.01")

    def __init__(self, amount):
        self.amount = Decimal(str(amount)).quantize(self.QUANT, rounding=ROUND_HALF_UP)

    def __add__(self, other):
        return Money(self.amount + _amt(other))

    __radd__ = __add__

    def __sub__(self, other):
        return Money(self.amount - _amt(other))

    def __mul__(self, k):
        return Money(self.amount * Decimal(str(k)))

    def __neg__(self):
        return Money(-self.amount)

    def __eq__(self, other):
        return isinstance(other, Money) and self.amount == other.amount

    def __lt__(self, other):
        return self.amount < _amt(other)

    def __hash__(self):
        return hash(self.amount)

    def __float__(self):
        return float(self.amount)

    def __repr__(self):
        return f"Money({self.amount})"

    def __str__(self):
        return f"${self.amount:,}"


def _amt(x):
    return x.amount if isinstance(x, Money) else Decimal(str(x))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--shares", type=int, default=100)
    ap.add_argument("--window", type=int, default=10)
    ap.add_argument("--band", type=float, default=0.02)
    ap.add_argument("--commission", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=2727)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    x = np.zeros(args.n)
    for i in range(1, args.n):
        x[i] = 0.93 * x[i - 1] + rng.normal(0, 0.012)
    prices = [round(float(p), 2) for p in 80 * np.exp(x + np.cumsum(rng.normal(0, 0.003, args.n)))]

    cash = Money(0)
    commission = Money(args.commission)
    holding = 0
    trade_pnls = []
    entry_cost = Money(0)
    for t in range(args.window, args.n):
        ma = sum(prices[t - args.window:t]) / args.window
        px = prices[t]
        if holding == 0 and px < ma * (1 - args.band):
            entry_cost = Money(px) * args.shares + commission
            cash = cash - entry_cost
            holding = args.shares
        elif holding and px > ma:
            proceeds = Money(px) * holding - commission
            cash = cash + proceeds
            trade_pnls.append(proceeds - entry_cost)
            holding = 0
    final = cash + Money(prices[-1]) * holding
    winners = [p for p in trade_pnls if p > Money(0)]
    print(f"realised {sum(trade_pnls, Money(0))} over {len(trade_pnls)} trades, final {final}")
    print(json.dumps({
        "trades": len(trade_pnls),
        "total_pnl": str(sum(trade_pnls, Money(0)).amount),
        "final_pnl_incl_open": str(final.amount),
        "best_trade": str(max(trade_pnls).amount) if trade_pnls else None,
        "worst_trade": str(min(trade_pnls).amount) if trade_pnls else None,
        "win_rate": round(len(winners) / len(trade_pnls), 3) if trade_pnls else None,
        "distinct_pnls": len(set(trade_pnls)),
    }))


if __name__ == "__main__":
    main()
