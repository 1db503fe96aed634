# generated: grid trading bot backtest that places buy/sell limit orders at fixed price levels, use bisect to find levels, print json summary
import argparse
import bisect
import json
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import numpy as np


@dataclass
class GridLevel:
    price: float
    holding: bool = False
    fills: int = 0


class GridBot:
    def __init__(self, lower: float, upper: float, n_levels: int, qty_per_level: float):
        step = (upper - lower) / (n_levels - 1)
        self.levels = [GridLevel(round(lower + i * step, 4)) for i in range(n_levels)]
        self._prices = [lv.price for lv in self.levels]
        self.qty = qty_per_level
        self.cash = 0.0
        self.inventory = 0.0
        self.realized = 0.0
        self.last_price = None

    def _crossed(self, p0: float, p1: float):
        lo, hi = sorted((p0, p1))
        i = bisect.bisect_left(self._prices, lo)
        j = bisect.bisect_right(self._prices, hi)
        return self.levels[i:j]

    def on_price(self, price: float) -> None:
        if self.last_price is None:
            self.last_price = price
            return
        falling = price < self.last_price
        for idx_level in self._crossed(self.last_price, price):
            i = self._prices.index(idx_level.price)
            if falling and not idx_level.holding:
                idx_level.holding = True
                idx_level.fills += 1
                self.cash -= idx_level.price * self.qty
                self.inventory += self.qty
            elif not falling and i > 0 and self.levels[i - 1].holding:
                below = self.levels[i - 1]
                below.holding = False
                self.cash += idx_level.price * self.qty
                self.inventory -= self.qty
                self.realized += (idx_level.price - below.price) * self.qty
        self.last_price = price

    def equity(self, price: float) -> float:
        return self.cash + self.inventory * price


def money(x: float) -> str:
    return str(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lower", type=float, default=80)
    ap.add_argument("--upper", type=float, default=120)
    ap.add_argument("--levels", type=int, default=21)
    ap.add_argument("--qty", type=float, default=10)
    ap.add_argument("--steps", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=77)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    x = np.zeros(args.steps)
    for i in range(1, args.steps):
        x[i] = 0.995 * x[i - 1] + rng.normal(0, 0.006)
    prices = 100 * np.exp(x)
    bot = GridBot(args.lower, args.upper, args.levels, args.qty)
    curve = []
    for p in prices:
        bot.on_price(float(p))
        curve.append(bot.equity(float(p)))
    curve = np.array(curve)
    print(f"price range seen: {prices.min():.2f} - {prices.max():.2f}")
    print(json.dumps({
        "realized_pnl": money(bot.realized),
        "final_equity_pnl": money(float(curve[-1])),
        "inventory": bot.inventory,
        "total_fills": sum(l.fills for l in bot.levels),
        "worst_mtm": money(float(curve.min())),
        "busiest_level": max(bot.levels, key=lambda l: l.fills).price,
    }))


if __name__ == "__main__":
    main()
