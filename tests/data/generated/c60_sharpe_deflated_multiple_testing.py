# generated: show overfitting in backtests: generate many random strategies, pick the best in-sample, compute probabilistic and deflated Sharpe ratios (math/statistics only + numpy); JSON
import argparse
import json
import math
from statistics import NormalDist

import numpy as np

N = NormalDist()
EULER = 0.5772156649


def sharpe(r):
    sd = r.std(ddof=1)
    return r.mean() / sd if sd > 0 else 0.0


def skew_kurt(r):
    z = (r - r.mean()) / r.std(ddof=0)
    return float((z ** 3).mean()), float((z ** 4).mean())


def probabilistic_sharpe(sr, sr_star, n, skew, kurt):
    denom = math.sqrt(max(1 - skew * sr + (kurt - 1) / 4 * sr ** 2, 1e-12))
    return N.cdf((sr - sr_star) * math.sqrt(n - 1) / denom)


def expected_max_sharpe(n_trials, var_sr):
    if n_trials < 2:
        return 0.0
    return math.sqrt(var_sr) * ((1 - EULER) * N.inv_cdf(1 - 1 / n_trials)
                                + EULER * N.inv_cdf(1 - 1 / (n_trials * math.e)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=200)
    ap.add_argument("--days", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=123)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    market = rng.standard_t(5, a.days * 2) * 0.009
    is_mkt, oos_mkt = market[: a.days], market[a.days:]

    srs, oos_srs = [], []
    for _ in range(a.trials):
        # random sign-flipping rule with a random lookback: pure noise strategies
        lb = int(rng.integers(2, 60))
        thr = rng.normal(0, 0.002)
        def positions(m):
            c = np.convolve(m, np.ones(lb) / lb, mode="full")[: len(m)]
            return np.r_[0, np.where(c[:-1] > thr, 1.0, -1.0)]
        srs.append(sharpe(positions(is_mkt) * is_mkt))
        oos_srs.append(sharpe(positions(oos_mkt) * oos_mkt))

    srs = np.array(srs)
    best = int(np.argmax(srs))
    sk, ku = skew_kurt(is_mkt)
    sr_best = srs[best]
    psr = probabilistic_sharpe(sr_best, 0.0, a.days, sk, ku)
    sr0 = expected_max_sharpe(a.trials, srs.var(ddof=1))
    dsr = probabilistic_sharpe(sr_best, sr0, a.days, sk, ku)
    print(f"best of {a.trials}: daily SR {sr_best:.4f} (annual {sr_best * math.sqrt(252):.2f}); "
          f"expected max under null {sr0 * math.sqrt(252):.2f}")
    print(json.dumps({
        "trials": a.trials,
        "best_is_sharpe_ann": round(sr_best * math.sqrt(252), 3),
        "best_oos_sharpe_ann": round(oos_srs[best] * math.sqrt(252), 3),
        "median_is_sharpe_ann": round(float(np.median(srs)) * math.sqrt(252), 3),
        "psr": round(psr, 4),
        "deflated_sr_prob": round(dsr, 4),
        "expected_max_sr_ann": round(sr0 * math.sqrt(252), 3),
        "is_oos_rank_corr": round(float(np.corrcoef(np.argsort(np.argsort(srs)), np.argsort(np.argsort(oos_srs)))[0, 1]), 4),
    }))


if __name__ == "__main__":
    main()
