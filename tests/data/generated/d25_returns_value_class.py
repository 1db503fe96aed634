# generated: create a Returns wrapper class around a numpy array with properties for sharpe, sortino, drawdown and __repr__/__len__/__getitem__/__add__; use it to compare three strategies and print JSON
import argparse
import json
import math

import numpy as np


class Returns:
    PERIODS = 252

    def __init__(self, values, name: str = "strategy"):
        self.values = np.asarray(values, dtype=float)
        self.name = name

    def __len__(self):
        return len(self.values)

    def __getitem__(self, item):
        if isinstance(item, slice):
            return Returns(self.values[item], self.name)
        return self.values[item]

    def __add__(self, other):
        if isinstance(other, Returns):
            return Returns((self.values + other.values) / 2, f"({self.name}+{other.name})/2")
        return NotImplemented

    def __repr__(self):
        return f"Returns(name={self.name!r}, n={len(self)}, sharpe={self.sharpe:.2f})"

    def __str__(self):
        return f"{self.name}: CAGR {self.cagr:.2%}, vol {self.vol:.2%}, Sharpe {self.sharpe:.2f}, MaxDD {self.max_drawdown:.2%}"

    @property
    def equity(self) -> np.ndarray:
        return np.cumprod(1 + self.values)

    @property
    def cagr(self) -> float:
        return float(self.equity[-1] ** (self.PERIODS / len(self)) - 1)

    @property
    def vol(self) -> float:
        return float(self.values.std(ddof=1) * math.sqrt(self.PERIODS))

    @property
    def sharpe(self) -> float:
        sd = self.values.std(ddof=1)
        return float(self.values.mean() / sd * math.sqrt(self.PERIODS)) if sd else 0.0

    @property
    def sortino(self) -> float:
        neg = self.values[self.values < 0]
        dd = math.sqrt((neg ** 2).sum() / len(self)) if len(neg) else 0.0
        return float(self.values.mean() / dd * math.sqrt(self.PERIODS)) if dd else 0.0

    @property
    def max_drawdown(self) -> float:
        eq = self.equity
        return float((eq / np.maximum.accumulate(eq) - 1).min())

    def to_dict(self) -> dict:
        return {
            "cagr": round(self.cagr, 4),
            "vol": round(self.vol, 4),
            "sharpe": round(self.sharpe, 3),
            "sortino": round(self.sortino, 3),
            "max_dd": round(self.max_drawdown, 4),
        }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=2520)
    ap.add_argument("--seed", type=int, default=88)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    mkt = rng.normal(0.0003, 0.011, a.days)
    price = 100 * np.cumprod(1 + mkt)

    ma = np.convolve(price, np.ones(100) / 100, mode="full")[: a.days]
    ma[:99] = np.nan
    trend_pos = np.where(price > ma, 1.0, 0.0)
    trend = Returns(np.concatenate([[0.0], trend_pos[:-1] * mkt[1:]]), "trend")

    z = (price - ma) / np.nanstd(price[-500:] - ma[-500:])
    mr_pos = np.clip(-np.nan_to_num(z), -1, 1)
    meanrev = Returns(np.concatenate([[0.0], mr_pos[:-1] * mkt[1:]]), "meanrev")
    bh = Returns(mkt, "buy_hold")

    blend = trend + meanrev
    for r in (bh, trend, meanrev, blend):
        print(str(r))
    print(repr(blend[-252:]))
    ranked = sorted([bh, trend, meanrev, blend], key=lambda r: r.sharpe, reverse=True)
    print(json.dumps({
        "best": ranked[0].name,
        "stats": {r.name: r.to_dict() for r in ranked},
        "last_year_sharpe": {r.name: round(r[-252:].sharpe, 3) for r in ranked},
        "corr_trend_meanrev": round(float(np.corrcoef(trend.values, meanrev.values)[0, 1]), 3),
    }))


if __name__ == "__main__":
    main()
