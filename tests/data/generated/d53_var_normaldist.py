# generated: compute parametric, historical and Monte Carlo Value-at-Risk and expected shortfall for a synthetic 3-asset portfolio using statistics.NormalDist and numpy, with a rolling VaR backtest (Kupiec test); JSON output
import argparse
import json
import math
from statistics import NormalDist

import numpy as np
import pandas as pd


def portfolio_returns(days, seed, weights):
    rng = np.random.default_rng(seed)
    vols = np.array([0.012, 0.007, 0.018])
    corr = np.array([[1, 0.3, 0.6], [0.3, 1, 0.2], [0.6, 0.2, 1]])
    cov = np.outer(vols, vols) * corr
    # fat tails: scale normal draws by a chi-square mixing variable (multivariate t, dof=5)
    z = rng.multivariate_normal(np.zeros(3), cov, size=days)
    mix = np.sqrt(5 / rng.chisquare(5, size=days))[:, None]
    r = z * mix * math.sqrt(3 / 5) + 0.0003
    return pd.Series(r @ weights, index=pd.bdate_range("2012-01-02", periods=days)), r


def parametric_var(r: np.ndarray, alpha: float) -> float:
    nd = NormalDist(mu=float(r.mean()), sigma=float(r.std(ddof=1)))
    return -nd.inv_cdf(1 - alpha)


def parametric_es(r: np.ndarray, alpha: float) -> float:
    mu, sd = float(r.mean()), float(r.std(ddof=1))
    z = NormalDist().inv_cdf(1 - alpha)
    return -(mu - sd * NormalDist().pdf(z) / (1 - alpha))


def historical_var(r: np.ndarray, alpha: float) -> float:
    return -float(np.percentile(r, 100 * (1 - alpha)))


def historical_es(r: np.ndarray, alpha: float) -> float:
    cut = np.percentile(r, 100 * (1 - alpha))
    return -float(r[r <= cut].mean())


def kupiec_pof(breaches: int, n: int, alpha: float) -> float:
    p = 1 - alpha
    x = breaches
    if x == 0:
        lr = -2 * n * math.log(1 - p)
    else:
        phat = x / n
        lr = -2 * ((n - x) * math.log(1 - p) + x * math.log(p) - (n - x) * math.log(1 - phat) - x * math.log(phat))
    # chi-square(1) survival via normal: P(chi2 > lr) = 2 * (1 - Phi(sqrt(lr)))
    return 2 * (1 - NormalDist().cdf(math.sqrt(lr)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--alpha", type=float, default=0.99)
    ap.add_argument("--window", type=int, default=250)
    ap.add_argument("--days", type=int, default=2000)
    ap.add_argument("--mc-sims", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=38)
    a = ap.parse_args()

    w = np.array([0.5, 0.3, 0.2])
    port, assets = portfolio_returns(a.days, a.seed, w)
    r = port.to_numpy()

    rng = np.random.default_rng(a.seed + 1)
    sims = rng.multivariate_normal(assets.mean(0), np.cov(assets, rowvar=False), size=a.mc_sims) @ w
    full = {
        "parametric_var": parametric_var(r, a.alpha),
        "parametric_es": parametric_es(r, a.alpha),
        "historical_var": historical_var(r, a.alpha),
        "historical_es": historical_es(r, a.alpha),
        "monte_carlo_var": historical_var(sims, a.alpha),
    }

    breaches = {"parametric": 0, "historical": 0}
    tested = 0
    for t in range(a.window, len(r)):
        hist = r[t - a.window:t]
        tested += 1
        breaches["parametric"] += r[t] < -parametric_var(hist, a.alpha)
        breaches["historical"] += r[t] < -historical_var(hist, a.alpha)
    print(f"{tested} out-of-sample days; expected breaches {tested * (1 - a.alpha):.1f}")
    print(json.dumps({
        "alpha": a.alpha,
        "full_sample_pct": {k: round(v * 100, 3) for k, v in full.items()},
        "backtest": {k: {"breaches": int(v), "kupiec_p": round(kupiec_pof(int(v), tested, a.alpha), 4)}
                     for k, v in breaches.items()},
    }))


if __name__ == "__main__":
    main()
