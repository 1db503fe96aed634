# generated: compute probabilistic Sharpe ratio and deflated Sharpe for a set of strategy variants, using statistics.NormalDist; json output
import argparse
import itertools
import json
import math
from statistics import NormalDist

import numpy as np
import pandas as pd

N = NormalDist()


def sharpe(r: np.ndarray) -> float:
    return float(r.mean() / r.std(ddof=1))


def probabilistic_sharpe(r: np.ndarray, benchmark: float = 0.0) -> float:
    sr = sharpe(r)
    n = len(r)
    skew = float(pd.Series(r).skew())
    kurt = float(pd.Series(r).kurt()) + 3
    denom = math.sqrt(1 - skew * sr + (kurt - 1) / 4 * sr ** 2)
    return N.cdf((sr - benchmark) * math.sqrt(n - 1) / denom)


def expected_max_sharpe(n_trials: int, var_sr: float) -> float:
    gamma = 0.5772156649
    return math.sqrt(var_sr) * ((1 - gamma) * N.inv_cdf(1 - 1 / n_trials) + gamma * N.inv_cdf(1 - 1 / (n_trials * math.e)))


def variant_returns(close: pd.Series, fast: int, slow: int) -> np.ndarray:
    pos = (close.rolling(fast).mean() > close.rolling(slow).mean()).astype(float).shift().fillna(0)
    return (pos * close.pct_change().fillna(0)).to_numpy()[slow:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0002, 0.01, a.bars))))
    grid = [(f, s) for f, s in itertools.product([5, 10, 20, 30, 50], [60, 100, 150, 200, 250]) if f < s]
    srs, psrs = {}, {}
    for f, s in grid:
        r = variant_returns(close, f, s)
        srs[(f, s)] = sharpe(r)
        psrs[(f, s)] = probabilistic_sharpe(r)
    best = max(srs, key=srs.get)
    var_sr = float(np.var(list(srs.values()), ddof=1))
    sr0 = expected_max_sharpe(len(grid), var_sr)
    best_r = variant_returns(close, *best)
    dsr = probabilistic_sharpe(best_r, benchmark=sr0)
    print(f"best variant {best}: daily SR {srs[best]:.4f}, PSR {psrs[best]:.3f}, DSR {dsr:.3f}")
    print(json.dumps({
        "trials": len(grid),
        "best": list(best),
        "best_annual_sharpe": round(srs[best] * math.sqrt(252), 3),
        "psr_best": round(psrs[best], 4),
        "expected_max_sr_daily": round(sr0, 5),
        "deflated_sharpe": round(dsr, 4),
        "share_psr_above_95": round(sum(p > 0.95 for p in psrs.values()) / len(psrs), 3),
    }))


if __name__ == "__main__":
    main()
