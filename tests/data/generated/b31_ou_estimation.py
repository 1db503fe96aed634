# generated: estimate Ornstein-Uhlenbeck parameters (theta, mu, sigma, half-life) by regression and trade the spread with optimal bands, print json
import argparse
import json
import math
from dataclasses import dataclass

import numpy as np


@dataclass
class OUParams:
    theta: float
    mu: float
    sigma: float

    @property
    def half_life(self) -> float:
        return math.log(2) / self.theta if self.theta > 0 else float("inf")

    @property
    def stationary_sd(self) -> float:
        return self.sigma / math.sqrt(2 * self.theta) if self.theta > 0 else float("inf")

    @classmethod
    def fit(cls, x: np.ndarray, dt: float = 1.0) -> "OUParams":
        x0, x1 = x[:-1], x[1:]
        A = np.vstack([x0, np.ones_like(x0)]).T
        (b, a), *_ = np.linalg.lstsq(A, x1, rcond=None)
        b = min(max(b, 1e-6), 1 - 1e-6)
        theta = -math.log(b) / dt
        mu = a / (1 - b)
        resid = x1 - (a + b * x0)
        sigma = resid.std(ddof=2) * math.sqrt(2 * theta / (1 - b ** 2))
        return cls(theta, mu, sigma)


def simulate_ou(p: OUParams, n: int, rng, x0=None):
    x = np.empty(n)
    x[0] = p.mu if x0 is None else x0
    e = math.exp(-p.theta)
    sd = p.stationary_sd * math.sqrt(1 - e * e)
    for t in range(1, n):
        x[t] = p.mu + (x[t - 1] - p.mu) * e + sd * rng.standard_normal()
    return x


def trade(x, fit_window, k_entry, k_exit):
    pnl = np.zeros(len(x))
    pos = 0
    n_trades = 0
    for t in range(fit_window, len(x) - 1):
        p = OUParams.fit(x[t - fit_window:t + 1])
        if not math.isfinite(p.stationary_sd):
            continue
        z = (x[t] - p.mu) / p.stationary_sd
        if pos == 0 and abs(z) > k_entry:
            pos = -int(np.sign(z))
            n_trades += 1
        elif pos != 0 and abs(z) < k_exit:
            pos = 0
        pnl[t + 1] = pos * (x[t + 1] - x[t])
    return pnl, n_trades


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--theta", type=float, default=0.05)
    ap.add_argument("--mu", type=float, default=10.0)
    ap.add_argument("--sigma", type=float, default=0.3)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--fit-window", type=int, default=250)
    ap.add_argument("--entry", type=float, default=1.0)
    ap.add_argument("--exit", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=303)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    true = OUParams(args.theta, args.mu, args.sigma)
    x = simulate_ou(true, args.n, rng)
    est = OUParams.fit(x)
    print(f"true half-life {true.half_life:.1f}, estimated {est.half_life:.1f}")
    pnl, n_trades = trade(x, args.fit_window, args.entry, args.exit)
    cum = np.cumsum(pnl)
    print(json.dumps({
        "estimated": {"theta": round(est.theta, 4), "mu": round(est.mu, 4), "sigma": round(est.sigma, 4),
                      "half_life": round(est.half_life, 2)},
        "true_half_life": round(true.half_life, 2),
        "total_pnl": round(float(cum[-1]), 4),
        "max_drawdown_pts": round(float((cum - np.maximum.accumulate(cum)).min()), 4),
        "trades": n_trades,
        "pnl_per_trade": round(float(cum[-1] / n_trades), 4) if n_trades else None,
    }))


if __name__ == "__main__":
    main()
