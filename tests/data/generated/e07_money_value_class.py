# generated: a breakout strategy that uses a Money value class with proper operators and repr, print summary json
import argparse
import json
from decimal import Decimal, ROUND_HALF_EVEN
from functools import total_ordering

import numpy as np
import pandas as pd


@total_ordering
class Money:
    __slots__ = ("_amount",)
    QUANT = Decimal("0.01")

    def __init__(self, amount):
        self._amount = Decimal(str(amount)).quantize(self.QUANT, rounding=ROUND_HALF_EVEN)

    @property
    def amount(self) -> Decimal:
        return self._amount

    def __add__(self, other):
        return Money(self._amount + Money._coerce(other))

    __radd__ = __add__

    def __sub__(self, other):
        return Money(self._amount - Money._coerce(other))

    def __mul__(self, factor):
        return Money(self._amount * Decimal(str(factor)))

    def __neg__(self):
        return Money(-self._amount)

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self._amount == other._amount

    def __lt__(self, other):
        return self._amount < Money._coerce(other)

    def __hash__(self):
        return hash(self._amount)

    def __float__(self):
        return float(self._amount)

    def __repr__(self):
        return f"Money({self._amount})"

    def __str__(self):
        return f"${self._amount:,.2f}"

    @staticmethod
    def _coerce(other) -> Decimal:
        if isinstance(other, Money):
            return other._amount
        return Decimal(str(other))


def donchian_breakout(high: pd.Series, low: pd.Series, close: pd.Series, n: int) -> pd.Series:
    upper = high.rolling(n).max().shift(1)
    lower = low.rolling(n // 2).min().shift(1)
    pos = pd.Series(np.nan, index=close.index)
    pos[close > upper] = 1
    pos[close < lower] = 0
    return pos.ffill().fillna(0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=55)
    ap.add_argument("--capital", type=float, default=25000)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--bars", type=int, default=1500)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    close = pd.Series(40 * np.exp(np.cumsum(rng.normal(0.0003, 0.014, args.bars))))
    spread = np.abs(rng.normal(0, 0.006, args.bars)) * close
    high, low = close + spread, close - spread
    pos = donchian_breakout(high, low, close, args.n)

    cash = Money(args.capital)
    shares = 0
    trade_pnls = []
    entry_cost = Money(0)
    for i in range(1, len(close)):
        px = float(close.iloc[i])
        want = int(pos.iloc[i - 1])
        if want and shares == 0:
            shares = int(float(cash) // px)
            entry_cost = Money(px) * shares
            cash = cash - entry_cost
        elif not want and shares:
            proceeds = Money(px) * shares
            cash = cash + proceeds
            trade_pnls.append(proceeds - entry_cost)
            shares = 0
    final = cash + Money(float(close.iloc[-1])) * shares
    best = max(trade_pnls) if trade_pnls else Money(0)
    worst = min(trade_pnls) if trade_pnls else Money(0)
    print(f"final equity {final}, best trade {best!r}, worst trade {worst}")
    print(json.dumps({
        "final_equity": float(final),
        "return": round(float(final) / args.capital - 1, 4),
        "trades": len(trade_pnls),
        "winners": sum(1 for p in trade_pnls if p > Money(0)),
        "best_trade": float(best),
        "worst_trade": float(worst),
        "total_pnl": float(sum(trade_pnls, Money(0))),
    }))


if __name__ == "__main__":
    main()
