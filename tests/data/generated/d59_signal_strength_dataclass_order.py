# generated: rank daily trade candidates by a composite score using @dataclass(order=True) with a sort_index field, plus bisect to bucket scores into quintiles; synthetic universe; report quintile returns as JSON
import argparse
import bisect
import json
import math
from dataclasses import dataclass, field
from typing import Dict, List

import numpy as np
import pandas as pd


@dataclass(order=True)
class Candidate:
    sort_index: float = field(init=False, repr=False)
    symbol: str = field(compare=False)
    momentum: float = field(compare=False)
    value: float = field(compare=False)
    quality: float = field(compare=False)
    weights: tuple = field(default=(0.5, 0.3, 0.2), compare=False, repr=False)

    def __post_init__(self):
        wm, wv, wq = self.weights
        self.sort_index = wm * self.momentum + wv * self.value + wq * self.quality

    @property
    def score(self) -> float:
        return self.sort_index


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--names", type=int, default=200)
    ap.add_argument("--periods", type=int, default=60)
    ap.add_argument("--seed", type=int, default=202)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    syms = [f"Z{i:03d}" for i in range(a.names)]
    true_edge = rng.normal(0, 1, a.names)
    by_quintile: Dict[int, List[float]] = {q: [] for q in range(5)}
    top_names: Dict[str, int] = {}
    ic_list = []
    for _ in range(a.periods):
        mom = true_edge * 0.3 + rng.normal(0, 1, a.names)
        val = true_edge * 0.2 + rng.normal(0, 1, a.names)
        qual = rng.normal(0, 1, a.names)
        fwd = 0.004 * true_edge + rng.normal(0, 0.06, a.names)
        cands = sorted(Candidate(s, m, v, q) for s, m, v, q in zip(syms, mom, val, qual))
        scores = [c.score for c in cands]
        cuts = [scores[int(len(scores) * k / 5)] for k in range(1, 5)]
        fwd_by_sym = dict(zip(syms, fwd))
        for c in cands:
            q = bisect.bisect_right(cuts, c.score)
            by_quintile[q].append(fwd_by_sym[c.symbol])
        for c in cands[-10:]:
            top_names[c.symbol] = top_names.get(c.symbol, 0) + 1
        # Spearman rank IC, computed as Pearson on ranks (avoids the scipy dependency)
        ic_list.append(pd.Series(scores).rank().corr(pd.Series([fwd_by_sym[c.symbol] for c in cands]).rank()))

    q_means = {f"Q{q + 1}": round(float(np.mean(v)) * 100, 3) for q, v in by_quintile.items()}
    spread = np.mean(by_quintile[4]) - np.mean(by_quintile[0])
    ic = np.array(ic_list)
    print("quintile mean forward returns (%):", q_means)
    print(json.dumps({
        "periods": a.periods,
        "quintile_mean_pct": q_means,
        "long_short_spread_pct": round(float(spread * 100), 3),
        "mean_ic": round(float(ic.mean()), 4),
        "ic_ir": round(float(ic.mean() / ic.std() * math.sqrt(12)), 3),
        "most_frequent_top10": sorted(top_names, key=top_names.get, reverse=True)[:5],
    }))


if __name__ == "__main__":
    main()
