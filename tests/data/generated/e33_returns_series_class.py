# generated: a ReturnSeries container class with __len__/__getitem__/__iter__/__add__ and performance properties, used to compare two strategies, json
import argparse
import json
import math
from typing import Iterable, Iterator, List, Union

import numpy as np


class ReturnSeries:
    def __init__(self, values: Iterable[float], name: str = "strategy", periods: int = 252):
        self._r = np.asarray(list(values), dtype=float)
        self.name = name
        self.periods = periods

    def __len__(self) -> int:
        return len(self._r)

    def __iter__(self) -> Iterator[float]:
        return iter(self._r.tolist())

    def __getitem__(self, key: Union[int, slice]):
        if isinstance(key, slice):
            return ReturnSeries(self._r[key], self.name, self.periods)
        return float(self._r[key])

    def __add__(self, other: "ReturnSeries") -> "ReturnSeries":
        """Equal-weight blend of two return streams."""
        n = min(len(self), len(other))
        return ReturnSeries(0.5 * (self._r[:n] + other._r[:n]), f"{self.name}+{other.name}", self.periods)

    def __repr__(self) -> str:
        return f"ReturnSeries(name={self.name!r}, n={len(self)}, sharpe={self.sharpe:.2f})"

    def __bool__(self) -> bool:
        return len(self) > 0

    @property
    def equity(self) -> np.ndarray:
        return np.cumprod(1 + self._r)

    @property
    def cagr(self) -> float:
        return float(self.equity[-1] ** (self.periods / len(self)) - 1)

    @property
    def vol(self) -> float:
        return float(self._r.std(ddof=1) * math.sqrt(self.periods))

    @property
    def sharpe(self) -> float:
        sd = self._r.std(ddof=1)
        return float(self._r.mean() / sd * math.sqrt(self.periods)) if sd else 0.0

    @property
    def sortino(self) -> float:
        downside = self._r[self._r < 0]
        dd = math.sqrt((downside ** 2).mean()) if len(downside) else 0.0
        return float(self._r.mean() / dd * math.sqrt(self.periods)) if dd else 0.0

    @property
    def max_drawdown(self) -> float:
        eq = self.equity
        return float((eq / np.maximum.accumulate(eq) - 1).min())

    def correlation(self, other: "ReturnSeries") -> float:
        n = min(len(self), len(other))
        return float(np.corrcoef(self._r[:n], other._r[:n])[0, 1])

    def summary(self, digits: int = 4) -> dict:
        keys = ("cagr", "vol", "sharpe", "sortino", "max_drawdown")
        return {k: round(getattr(self, k), digits) for k in keys}


def trend(prices: np.ndarray, n: int) -> List[float]:
    out = [0.0] * len(prices)
    for t in range(n + 1, len(prices)):
        sig = 1.0 if prices[t - 1] > prices[t - 1 - n] else -1.0
        out[t] = sig * (prices[t] / prices[t - 1] - 1)
    return out


def reversal(prices: np.ndarray, n: int) -> List[float]:
    return [-x for x in trend(prices, n)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trend-n", type=int, default=100, dest="trend_n")
    ap.add_argument("--rev-n", type=int, default=3, dest="rev_n")
    ap.add_argument("--days", type=int, default=2520)
    ap.add_argument("--seed", type=int, default=50)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    px = 100 * np.exp(np.cumsum(rng.normal(0.0002, 0.01, a.days)))
    t = ReturnSeries(trend(px, a.trend_n), "trend")
    r = ReturnSeries(reversal(px, a.rev_n), "reversal")
    blend = t + r
    print(t, r, blend, sep="\n")
    print(json.dumps({
        s.name: s.summary() for s in (t, r, blend)
    } | {"correlation": round(t.correlation(r), 4), "last_year_sharpe_trend": round(t[-252:].sharpe, 3)}))


if __name__ == "__main__":
    main()
