# generated: daily stock scanner over 500 synthetic tickers: each day pick the top 10 by a composite score using heapq.nlargest, hold for 5 days, report performance JSON
import argparse
import heapq
import json
from collections import defaultdict, deque
from operator import itemgetter
from typing import Deque, Dict, List, Tuple

import numpy as np


def simulate(n_tickers: int, n_days: int, seed: int):
    rng = np.random.default_rng(seed)
    quality = rng.normal(0, 1, n_tickers)
    rets = rng.normal(0.0002, 0.02, (n_days, n_tickers))
    # weak persistence: yesterday's volume shock predicts today's drift
    volume_shock = rng.normal(0, 1, (n_days, n_tickers))
    rets[1:] += 0.0008 * volume_shock[:-1] + 0.0002 * quality
    return rets, volume_shock, quality


def scores_for_day(t: int, rets: np.ndarray, vol_shock: np.ndarray, quality: np.ndarray, lookback: int) -> List[Tuple[float, int]]:
    mom = rets[t - lookback:t].sum(axis=0)
    rev = -rets[t - 1]
    comp = 0.4 * (mom / (mom.std() + 1e-12)) + 0.3 * vol_shock[t - 1] + 0.2 * quality + 0.1 * (rev / (rev.std() + 1e-12))
    return list(zip(comp.tolist(), range(len(comp))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tickers", type=int, default=500)
    ap.add_argument("--days", type=int, default=750)
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--hold", type=int, default=5)
    ap.add_argument("--lookback", type=int, default=20)
    ap.add_argument("--seed", type=int, default=500)
    args = ap.parse_args()

    rets, vol_shock, quality = simulate(args.tickers, args.days, args.seed)
    cohorts: Deque[List[int]] = deque(maxlen=args.hold)
    daily_pnl = []
    picks_count: Dict[int, int] = defaultdict(int)
    for t in range(args.lookback, args.days):
        if cohorts:
            held = [i for cohort in cohorts for i in cohort]
            daily_pnl.append(float(rets[t, held].mean()))
        top = heapq.nlargest(args.top, scores_for_day(t, rets, vol_shock, quality, args.lookback), key=itemgetter(0))
        chosen = [i for _, i in top]
        for i in chosen:
            picks_count[i] += 1
        cohorts.append(chosen)
    pnl = np.array(daily_pnl)
    eq = np.cumprod(1 + pnl)
    bench = rets[args.lookback + 1:].mean(axis=1)
    most_picked = heapq.nlargest(5, picks_count.items(), key=itemgetter(1))
    print("most picked:", ", ".join(f"T{i:03d}x{c}" for i, c in most_picked))
    print(json.dumps({
        "days": len(pnl),
        "ann_return": round(float(pnl.mean() * 252), 4),
        "sharpe": round(float(pnl.mean() / pnl.std() * np.sqrt(252)), 3),
        "max_dd": round(float(np.min(eq / np.maximum.accumulate(eq) - 1)), 4),
        "bench_sharpe": round(float(bench.mean() / bench.std() * np.sqrt(252)), 3),
        "distinct_names": len(picks_count),
        "most_picked": [{"ticker": f"T{i:03d}", "count": c} for i, c in most_picked],
    }))


if __name__ == "__main__":
    main()
