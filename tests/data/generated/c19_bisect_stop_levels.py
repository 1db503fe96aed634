# generated: grid trading strategy with price levels stored in a sorted list, use bisect to find crossed levels, output json
import argparse
import bisect
import json

import numpy as np


class GridTrader:
    def __init__(self, center: float, step_pct: float, n_levels: int, qty_per_level: float):
        self.levels = sorted(center * (1 + step_pct) ** k for k in range(-n_levels, n_levels + 1))
        self.qty = qty_per_level
        self.inventory = 0.0
        self.cash = 0.0
        self.trades = 0
        self._last_idx = None
        self.max_inventory = 0.0

    def __len__(self):
        return len(self.levels)

    def _level_index(self, price: float) -> int:
        return bisect.bisect_right(self.levels, price)

    def on_price(self, price: float) -> None:
        idx = self._level_index(price)
        if self._last_idx is None:
            self._last_idx = idx
            return
        crossed = idx - self._last_idx
        if crossed < 0:
            # price fell through levels -> buy one unit per level
            for lvl in self.levels[idx:self._last_idx]:
                self.inventory += self.qty
                self.cash -= self.qty * lvl
                self.trades += 1
        elif crossed > 0:
            for lvl in self.levels[self._last_idx:idx]:
                self.inventory -= self.qty
                self.cash += self.qty * lvl
                self.trades += 1
        self.max_inventory = max(self.max_inventory, abs(self.inventory))
        self._last_idx = idx

    def equity(self, price: float) -> float:
        return self.cash + self.inventory * price


def main():
    ap = argparse.ArgumentParser(description="grid trading with bisect")
    ap.add_argument("--step", type=float, default=0.01)
    ap.add_argument("--levels", type=int, default=15)
    ap.add_argument("--qty", type=float, default=1.0)
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    # intraday-ish mean reverting path
    x = np.zeros(args.n)
    for i in range(1, args.n):
        x[i] = 0.999 * x[i - 1] + rng.normal(0, 0.002)
    prices = 100 * np.exp(x)

    g = GridTrader(100.0, args.step, args.levels, args.qty)
    curve = []
    for i, p in enumerate(prices):
        g.on_price(float(p))
        curve.append(g.equity(float(p)))
        if i % 5000 == 0:
            print(f"t={i:6d} px={p:8.3f} inv={g.inventory:+.1f} eq={curve[-1]:+.2f}")

    curve = np.asarray(curve)
    lo, hi = g.levels[0], g.levels[-1]
    outside = float(np.mean((prices < lo) | (prices > hi)))
    print(json.dumps({
        "n_levels": len(g),
        "range": [round(lo, 2), round(hi, 2)],
        "trades": g.trades,
        "final_equity": round(float(curve[-1]), 3),
        "min_equity": round(float(curve.min()), 3),
        "max_abs_inventory": g.max_inventory,
        "p5_p95_price": np.percentile(prices, [5, 95]).round(3).tolist(),
        "pct_outside_grid": round(outside, 4),
    }))


if __name__ == "__main__":
    main()
