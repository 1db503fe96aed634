# generated: a portfolio tracker with a Money value class (__eq__, __lt__, __hash__, __add__) and a Lot class, backtest a buy-the-dip strategy, print JSON
from __future__ import annotations

import argparse
import json
from decimal import Decimal, ROUND_HALF_EVEN
from functools import total_ordering

import numpy as np

CENT = Decimal("0.01")


@total_ordering
class Money:
    __slots__ = ("_amount", "_ccy")

    def __init__(self, amount, ccy: str = "USD"):
        self._amount = Decimal(str(amount)).quantize(CENT, rounding=ROUND_HALF_EVEN)
        self._ccy = ccy

    @property
    def amount(self) -> Decimal:
        return self._amount

    @property
    def currency(self) -> str:
        return self._ccy

    def _check(self, other: "Money") -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other._ccy != self._ccy:
            raise ValueError("currency mismatch")

    def __add__(self, other: "Money") -> "Money":
        self._check(other)
        return Money(self._amount + other._amount, self._ccy)

    def __sub__(self, other: "Money") -> "Money":
        self._check(other)
        return Money(self._amount - other._amount, self._ccy)

    def __mul__(self, k) -> "Money":
        return Money(self._amount * Decimal(str(k)), self._ccy)

    __rmul__ = __mul__

    def __neg__(self) -> "Money":
        return Money(-self._amount, self._ccy)

    def __eq__(self, other) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self._amount == other._amount and self._ccy == other._ccy

    def __lt__(self, other: "Money") -> bool:
        self._check(other)
        return self._amount < other._amount

    def __hash__(self) -> int:
        return hash((self._amount, self._ccy))

    def __bool__(self) -> bool:
        return self._amount != 0

    def __repr__(self) -> str:
        return f"Money('{self._amount}', '{self._ccy}')"

    def __str__(self) -> str:
        return f"{self._ccy} {self._amount:,.2f}"


class Lot:
    def __init__(self, qty: int, price: Money, day: int):
        self.qty = qty
        self.price = price
        self.day = day

    @property
    def cost(self) -> Money:
        return self.price * self.qty

    def __lt__(self, other: "Lot") -> bool:
        return (self.price, self.day) < (other.price, other.day)

    def __repr__(self):
        return f"Lot({self.qty}@{self.price.amount} d{self.day})"


class Book:
    def __init__(self, cash: Money):
        self.cash = cash
        self.lots: list[Lot] = []
        self.realized = Money(0)

    def __len__(self) -> int:
        return len(self.lots)

    def __iter__(self):
        return iter(self.lots)

    @property
    def shares(self) -> int:
        return sum(l.qty for l in self.lots)

    def buy(self, qty: int, price: Money, day: int) -> bool:
        cost = price * qty
        if cost > self.cash:
            return False
        self.cash -= cost
        self.lots.append(Lot(qty, price, day))
        return True

    def sell_highest_cost(self, price: Money) -> Money:
        """Sell the most expensive lot (HIFO) - tax-efficient-ish."""
        lot = max(self.lots)
        self.lots.remove(lot)
        proceeds = price * lot.qty
        self.cash += proceeds
        pnl = proceeds - lot.cost
        self.realized += pnl
        return pnl

    def value(self, price: Money) -> Money:
        return self.cash + price * self.shares


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cash", type=float, default=10000)
    ap.add_argument("--dip", type=float, default=0.03)
    ap.add_argument("--take-profit", type=float, default=0.05)
    ap.add_argument("--lot", type=int, default=10)
    ap.add_argument("--seed", type=int, default=31)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    px = 80 * np.exp(np.cumsum(rng.normal(0.0002, 0.015, 1000)))
    book = Book(Money(args.cash))
    distinct_prices = set()
    wins = losses = 0
    for day in range(5, len(px)):
        price = Money(round(px[day], 2))
        distinct_prices.add(price)
        recent_high = px[day - 5:day].max()
        if px[day] < recent_high * (1 - args.dip):
            book.buy(args.lot, price, day)
        if len(book) and price > max(book).price * (1 + args.take_profit):
            pnl = book.sell_highest_cost(price)
            wins += pnl > Money(0)
            losses += pnl < Money(0)

    final_price = Money(round(px[-1], 2))
    print(f"open lots: {len(book)}, shares: {book.shares}, cash: {book.cash}")
    print(json.dumps({
        "final_value": float(book.value(final_price).amount),
        "realized": float(book.realized.amount),
        "open_lots": len(book),
        "cheapest_lot": repr(min(book)) if len(book) else None,
        "wins": int(wins),
        "losses": int(losses),
        "distinct_prices": len(distinct_prices),
        "buy_hold": round(float(px[-1] / px[5] - 1), 4),
    }))


if __name__ == "__main__":
    main()
