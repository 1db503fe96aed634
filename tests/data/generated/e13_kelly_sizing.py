# generated: Kelly criterion position sizing on a simple signal, compare full/half Kelly, output JSON
import argparse
import json
import math
import statistics
from typing import List, Sequence

import numpy as np


def kelly_fraction(returns: Sequence[float]) -> float:
    """Continuous Kelly: f* = mu / sigma^2."""
    if len(returns) < 2:
        return 0.0
    mu = statistics.fmean(returns)
    var = statistics.pvariance(returns)
    return mu / var if var > 0 else 0.0


def discrete_kelly(win_rate: float, payoff: float) -> float:
    return win_rate - (1 - win_rate) / payoff


def simulate(returns: np.ndarray, signal: np.ndarray, fraction_scale: float, lookback: int, cap: float) -> List[float]:
    equity = [1.0]
    history: List[float] = []
    for t in range(1, len(returns)):
        trade_ret = signal[t - 1] * returns[t]
        f = kelly_fraction(history[-lookback:]) * fraction_scale if len(history) >= 20 else 0.5
        f = max(-cap, min(cap, f))
        equity.append(equity[-1] * (1 + f * trade_ret))
        if signal[t - 1] != 0:
            history.append(trade_ret)
    return equity


def stats(curve: List[float]) -> dict:
    arr = np.asarray(curve)
    r = np.diff(np.log(arr))
    peak = np.maximum.accumulate(arr)
    return {
        "final": round(float(arr[-1]), 4),
        "log_growth_ann": round(float(r.mean() * 252), 4),
        "vol_ann": round(float(r.std() * math.sqrt(252)), 4),
        "max_dd": round(float((arr / peak - 1).min()), 4),
    }


def main():
    ap = argparse.ArgumentParser(description="Kelly sizing comparison")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--lookback", type=int, default=250)
    ap.add_argument("--cap", type=float, default=4.0, help="max leverage")
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    noise = rng.normal(0, 0.01, args.n)
    ar = np.zeros(args.n)
    for t in range(1, args.n):
        ar[t] = 0.08 * ar[t - 1] + noise[t]
    returns = ar + 0.0001
    signal = np.sign(ar)  # yesterday's return sign predicts today

    results = {}
    for label, scale in (("full", 1.0), ("half", 0.5), ("quarter", 0.25)):
        results[label] = stats(simulate(returns, signal, scale, args.lookback, args.cap))

    trade_rets = signal[:-1] * returns[1:]
    trade_rets = trade_rets[signal[:-1] != 0]
    wins, losses = trade_rets[trade_rets > 0], trade_rets[trade_rets < 0]
    p = len(wins) / len(trade_rets)
    b = wins.mean() / -losses.mean()
    results["discrete_kelly"] = round(discrete_kelly(p, b), 4)
    results["continuous_kelly"] = round(kelly_fraction(trade_rets.tolist()), 3)
    for k in ("full", "half", "quarter"):
        print(f"{k:>8}: final={results[k]['final']:.3f} dd={results[k]['max_dd']:.1%}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
