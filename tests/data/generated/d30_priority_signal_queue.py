# generated: multi-asset signal ranking with a priority queue: Signal objects with __lt__ so heapq picks the strongest N signals each day; equal-weight allocation; print JSON backtest
import argparse
import heapq
import json
import math
from typing import List

import numpy as np
import pandas as pd


class Signal:
    __slots__ = ("symbol", "score", "direction")

    def __init__(self, symbol: str, score: float, direction: int):
        self.symbol = symbol
        self.score = score
        self.direction = direction

    def __lt__(self, other: "Signal") -> bool:
        # heapq is a min-heap: the "smallest" signal is the strongest one
        return abs(self.score) > abs(other.score)

    def __eq__(self, other) -> bool:
        return isinstance(other, Signal) and (self.symbol, self.direction) == (other.symbol, other.direction)

    def __hash__(self) -> int:
        return hash((self.symbol, self.direction))

    def __repr__(self) -> str:
        return f"Signal({self.symbol}, {self.score:+.2f}, {'L' if self.direction > 0 else 'S'})"


def panel(n_assets: int, days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    ar = np.zeros((days, n_assets))
    for t in range(1, days):
        ar[t] = -0.08 * ar[t - 1] + rng.normal(0, 0.015, n_assets)
    cols = [f"X{i:02d}" for i in range(n_assets)]
    return pd.DataFrame(ar, columns=cols, index=pd.bdate_range("2016-01-01", periods=days))


def signals_for_day(z_row: pd.Series) -> List[Signal]:
    out = []
    for sym, z in z_row.items():
        if math.isnan(z) or abs(z) < 0.5:
            continue
        out.append(Signal(sym, z, -1 if z > 0 else 1))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assets", type=int, default=25)
    ap.add_argument("--days", type=int, default=1500)
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--window", type=int, default=5)
    ap.add_argument("--seed", type=int, default=71)
    a = ap.parse_args()

    rets = panel(a.assets, a.days, a.seed)
    short_term = rets.rolling(a.window).sum()
    z = (short_term - short_term.rolling(60).mean()) / short_term.rolling(60).std()

    daily = []
    picks_count = {}
    sample = None
    for t in range(61, len(rets) - 1):
        heap = signals_for_day(z.iloc[t])
        heapq.heapify(heap)
        chosen = [heapq.heappop(heap) for _ in range(min(a.top, len(heap)))]
        if not chosen:
            daily.append(0.0)
            continue
        unique = set(chosen)
        nxt = rets.iloc[t + 1]
        daily.append(sum(s.direction * nxt[s.symbol] for s in unique) / len(unique))
        for s in unique:
            picks_count[s.symbol] = picks_count.get(s.symbol, 0) + 1
        sample = chosen

    r = pd.Series(daily)
    eq = (1 + r).cumprod()
    print("last picks:", sample)
    most = sorted(picks_count.items(), key=lambda kv: kv[1], reverse=True)[:5]
    print(json.dumps({
        "days": len(r),
        "ann_return": round(float(r.mean() * 252), 4),
        "sharpe": round(float(r.mean() / r.std() * math.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "most_picked": dict(most),
    }))


if __name__ == "__main__":
    main()
