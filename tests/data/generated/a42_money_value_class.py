# generated: grid trading bot backtest on a ranging market with a Money value class (__add__, __sub__, __mul__, __lt__, __repr__) and a simple ledger; JSON summary
import argparse
import json
import random
from decimal import Decimal, ROUND_HALF_EVEN
from functools import total_ordering, reduce
from typing import Dict, List


@total_ordering
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency: str = "USD") -> None:
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        self.currency = currency

    def _check(self, other: "Money") -> None:
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch {self.currency} vs {other.currency}")

    def __add__(self, other: "Money") -> "Money":
        self._check(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: "Money") -> "Money":
        self._check(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, k) -> "Money":
        return Money(self.amount * Decimal(str(k)), self.currency)

    __rmul__ = __mul__

    def __neg__(self) -> "Money":
        return Money(-self.amount, self.currency)

    def __eq__(self, other) -> bool:
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other: "Money") -> bool:
        self._check(other)
        return self.amount < other.amount

    def __hash__(self) -> int:
        return hash((self.amount, self.currency))

    def __repr__(self) -> str:
        return f"Money('{self.amount}', '{self.currency}')"

    def __str__(self) -> str:
        return f"{self.currency} {self.amount:,.2f}"

    def __float__(self) -> float:
        return float(self.amount)


class GridBot:
    def __init__(self, lower: float, upper: float, levels: int, qty: float, cash: Money) -> None:
        step = (upper - lower) / (levels - 1)
        self.levels: List[float] = [round(lower + i * step, 2) for i in range(levels)]
        self.qty = qty
        self.cash = cash
        self.inventory = 0.0
        self.filled: Dict[float, bool] = {lvl: False for lvl in self.levels}
        self.ledger: List[Money] = []

    def on_price(self, prev: float, price: float) -> None:
        for lvl in self.levels:
            crossed_down = prev > lvl >= price
            crossed_up = prev < lvl <= price
            if crossed_down and not self.filled[lvl]:
                cost = Money(lvl) * self.qty
                if cost <= self.cash:
                    self.cash = self.cash - cost
                    self.inventory += self.qty
                    self.filled[lvl] = True
                    self.ledger.append(-cost)
            elif crossed_up:
                below = [l for l in self.levels if l < lvl and self.filled[l]]
                if below:
                    buy_lvl = max(below)
                    proceeds = Money(lvl) * self.qty
                    self.cash = self.cash + proceeds
                    self.inventory -= self.qty
                    self.filled[buy_lvl] = False
                    self.ledger.append(proceeds)

    def equity(self, price: float) -> Money:
        return self.cash + Money(price) * self.inventory


def main():
    ap = argparse.ArgumentParser(description="grid bot")
    ap.add_argument("--lower", type=float, default=90)
    ap.add_argument("--upper", type=float, default=110)
    ap.add_argument("--levels", type=int, default=11)
    ap.add_argument("--qty", type=float, default=5)
    ap.add_argument("--cash", type=float, default=10_000)
    ap.add_argument("--steps", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()

    rng = random.Random(args.seed)
    bot = GridBot(args.lower, args.upper, args.levels, args.qty, Money(args.cash))
    price = (args.lower + args.upper) / 2
    start = bot.equity(price)
    lowest = start
    for step in range(args.steps):
        prev = price
        price = max(1.0, price + rng.gauss(0, 0.6) + 0.01 * ((args.lower + args.upper) / 2 - price))
        bot.on_price(prev, price)
        lowest = min(lowest, bot.equity(price))
        if step % 1000 == 0:
            print(f"step {step}: price {price:.2f} equity {bot.equity(price)}")
    final = bot.equity(price)
    net_flow = reduce(lambda a, b: a + b, bot.ledger, Money(0))
    print(json.dumps({
        "start_equity": str(start),
        "final_equity": str(final),
        "pnl": float(final - start),
        "lowest_equity": float(lowest),
        "fills": len(bot.ledger),
        "net_cash_flow": float(net_flow),
        "inventory": bot.inventory,
        "final_price": round(price, 2),
    }))


if __name__ == "__main__":
    main()
