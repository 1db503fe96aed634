# generated: write a mean reversion strategy using a Money value class based on Decimal (with __repr__, __str__, __float__, __eq__, __lt__, __hash__) for exact P&L accounting; JSON output
import argparse
import json
from decimal import Decimal, ROUND_HALF_EVEN
from functools import total_ordering

import numpy as np
import pandas as pd

CENT = Decimal("0.01")


@total_ordering
class Money:
    __slots__ = ("_amount", "currency")

    def __init__(self, amount, currency: str = "USD"):
        self._amount = Decimal(str(amount)).quantize(CENT, rounding=ROUND_HALF_EVEN)
        self.currency = currency

    @property
    def amount(self) -> Decimal:
        return self._amount

    def _check(self, other: "Money") -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise ValueError("currency mismatch")

    def __add__(self, other: "Money") -> "Money":
        self._check(other)
        return Money(self._amount + other._amount, self.currency)

    def __sub__(self, other: "Money") -> "Money":
        self._check(other)
        return Money(self._amount - other._amount, self.currency)

    def __mul__(self, k) -> "Money":
        return Money(self._amount * Decimal(str(k)), self.currency)

    __rmul__ = __mul__

    def __neg__(self) -> "Money":
        return Money(-self._amount, self.currency)

    def __eq__(self, other) -> bool:
        return isinstance(other, Money) and self.currency == other.currency and self._amount == other._amount

    def __lt__(self, other: "Money") -> bool:
        self._check(other)
        return self._amount < other._amount

    def __hash__(self) -> int:
        return hash((self._amount, self.currency))

    def __float__(self) -> float:
        return float(self._amount)

    def __bool__(self) -> bool:
        return self._amount != 0

    def __repr__(self) -> str:
        return f"Money('{self._amount}', '{self.currency}')"

    def __str__(self) -> str:
        sign = "-" if self._amount < 0 else ""
        return f"{sign}${abs(self._amount):,.2f}"


ZERO = Money(0)


def price_path(n: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    lp = np.zeros(n)
    for i in range(1, n):
        lp[i] = 0.97 * lp[i - 1] + rng.normal(0, 0.02)
    return pd.Series(np.round(25 * np.exp(lp), 2), index=pd.bdate_range("2021-01-04", periods=n))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lookback", type=int, default=10)
    ap.add_argument("--z", type=float, default=1.5)
    ap.add_argument("--shares", type=int, default=200)
    ap.add_argument("--fee", default="1.00", help="fee per trade in dollars")
    ap.add_argument("--seed", type=int, default=4)
    a = ap.parse_args()

    px = price_path(800, a.seed)
    z = (px - px.rolling(a.lookback).mean()) / px.rolling(a.lookback).std()
    fee = Money(a.fee)
    cash = Money(10_000)
    held = 0
    trade_pnls = []
    entry_cost = ZERO
    for t in range(a.lookback, len(px)):
        price = Money(px.iloc[t])
        if held == 0 and z.iloc[t] < -a.z:
            held = a.shares
            entry_cost = price * held + fee
            cash = cash - entry_cost
        elif held and z.iloc[t] > 0:
            proceeds = price * held - fee
            cash = cash + proceeds
            trade_pnls.append(proceeds - entry_cost)
            held = 0
    if held:
        final_px = Money(px.iloc[-1])
        cash = cash + final_px * held - fee
        trade_pnls.append(final_px * held - fee - entry_cost)

    winners = sorted((p for p in trade_pnls if p > ZERO), reverse=True)
    losers = sorted(p for p in trade_pnls if p < ZERO)
    total = sum(trade_pnls, ZERO)
    distinct = len(set(trade_pnls))
    print(f"best trade {winners[0] if winners else ZERO}, worst trade {losers[0] if losers else ZERO}")
    print(json.dumps({
        "trades": len(trade_pnls),
        "distinct_pnls": distinct,
        "winners": len(winners),
        "losers": len(losers),
        "total_pnl": str(total.amount),
        "total_pnl_fmt": str(total),
        "final_cash": float(cash),
        "largest_win": float(max(trade_pnls, default=ZERO)),
    }))


if __name__ == "__main__":
    main()
