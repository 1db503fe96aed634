# generated: bootstrap Monte Carlo robustness test of a strategy's trade list (resampling trades with replacement) to estimate drawdown and ruin probabilities; print JSON percentiles
import argparse
import json
import random
import statistics
from itertools import accumulate

import numpy as np


def simulate_trade_list(n: int, seed: int) -> list:
    rng = np.random.default_rng(seed)
    wins = rng.random(n) < 0.42
    sizes = np.where(wins, rng.lognormal(mean=np.log(0.025), sigma=0.6, size=n),
                     -rng.lognormal(mean=np.log(0.012), sigma=0.4, size=n))
    return sizes.round(5).tolist()


def max_drawdown(equity):
    peak = equity[0]
    mdd = 0.0
    for v in equity:
        peak = max(peak, v)
        mdd = min(mdd, v / peak - 1)
    return mdd


def one_path(trades, rnd, n_trades, ruin_level):
    sample = rnd.choices(trades, k=n_trades)
    equity = list(accumulate(sample, lambda acc, r: acc * (1 + r), initial=1.0))
    return equity[-1], max_drawdown(equity), min(equity) <= ruin_level


def main():
    ap = argparse.ArgumentParser(description="trade bootstrap")
    ap.add_argument("--trades", type=int, default=400)
    ap.add_argument("--paths", type=int, default=3000)
    ap.add_argument("--horizon", type=int, default=250, help="trades per simulated path")
    ap.add_argument("--ruin", type=float, default=0.7, help="equity level counted as ruin")
    ap.add_argument("--seed", type=int, default=101)
    a = ap.parse_args()

    trades = simulate_trade_list(a.trades, a.seed)
    rnd = random.Random(a.seed)
    print(f"historical trades: n={len(trades)} mean={statistics.fmean(trades):.4%} "
          f"stdev={statistics.stdev(trades):.4%} win%={sum(t > 0 for t in trades) / len(trades):.1%}")

    finals, dds, ruins = [], [], 0
    for i in range(a.paths):
        f, d, ruined = one_path(trades, rnd, a.horizon, a.ruin)
        finals.append(f)
        dds.append(d)
        ruins += ruined
        if (i + 1) % 1000 == 0:
            print(f"  {i + 1} paths done")

    pct = [5, 25, 50, 75, 95]
    fin_q = np.percentile(finals, pct)
    dd_q = np.percentile(dds, pct)
    hist_equity = list(accumulate(trades, lambda acc, r: acc * (1 + r), initial=1.0))
    print(json.dumps({
        "historical_final": round(hist_equity[-1], 4),
        "historical_max_dd": round(max_drawdown(hist_equity), 4),
        "final_equity_pct": {f"p{p}": round(float(v), 4) for p, v in zip(pct, fin_q)},
        "max_dd_pct": {f"p{p}": round(float(v), 4) for p, v in zip(pct, dd_q)},
        "prob_ruin": round(ruins / a.paths, 4),
        "prob_loss": round(sum(f < 1 for f in finals) / a.paths, 4),
    }))


if __name__ == "__main__":
    main()
