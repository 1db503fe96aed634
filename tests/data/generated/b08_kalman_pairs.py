# generated: Kalman filter dynamic hedge ratio pairs trading in numpy, class based, output JSON summary
import argparse
import json
import math

import numpy as np


class KalmanHedge:
    """Tracks [beta, alpha] of y = beta * x + alpha with a random-walk state."""

    def __init__(self, delta: float = 1e-4, obs_var: float = 1e-3) -> None:
        self._Vw = delta / (1 - delta) * np.eye(2)
        self._Ve = obs_var
        self._theta = np.zeros(2)
        self._P = np.zeros((2, 2))
        self._initialised = False

    @property
    def beta(self) -> float:
        return float(self._theta[0])

    @property
    def alpha(self) -> float:
        return float(self._theta[1])

    def update(self, x: float, y: float):
        F = np.array([x, 1.0])
        if not self._initialised:
            self._theta = np.array([y / x, 0.0])
            self._initialised = True
        R = self._P + self._Vw
        y_hat = F @ self._theta
        e = y - y_hat
        Q = F @ R @ F + self._Ve
        K = R @ F / Q
        self._theta = self._theta + K * e
        self._P = R - np.outer(K, F) @ R
        return e, math.sqrt(Q)


def simulate(n: int, rng: np.random.Generator):
    x = 30 + np.cumsum(rng.normal(0, 0.5, n))
    beta = 0.8 + np.cumsum(rng.normal(0, 0.002, n))
    y = beta * x + 2 + rng.normal(0, 0.6, n)
    return x, y, beta


def run(args) -> dict:
    rng = np.random.default_rng(args.seed)
    x, y, true_beta = simulate(args.n, rng)
    kf = KalmanHedge(args.delta, args.obs_var)
    pos = 0
    betas, pnl = [], []
    prev = None
    for t in range(args.n):
        e, sq = kf.update(x[t], y[t])
        betas.append(kf.beta)
        if prev is not None:
            p_pos, p_beta, px, py = prev
            pnl.append(p_pos * ((y[t] - py) - p_beta * (x[t] - px)) / (py + abs(p_beta) * px))
        if t > 20:
            if pos == 0 and e < -args.entry * sq:
                pos = 1
            elif pos == 0 and e > args.entry * sq:
                pos = -1
            elif pos == 1 and e > -args.exit * sq:
                pos = 0
            elif pos == -1 and e < args.exit * sq:
                pos = 0
        prev = (pos, kf.beta, x[t], y[t])

    pnl = np.array(pnl)
    eq = np.cumprod(1 + pnl)
    err = np.abs(np.array(betas[50:]) - true_beta[50:])
    return {
        "final_equity": round(float(eq[-1]), 4),
        "sharpe": round(float(pnl.mean() / pnl.std() * np.sqrt(252)), 3) if pnl.std() > 0 else 0.0,
        "max_drawdown": round(float(np.min(eq / np.maximum.accumulate(eq) - 1)), 4),
        "final_beta": round(kf.beta, 4),
        "final_alpha": round(kf.alpha, 4),
        "beta_tracking_mae": round(float(err.mean()), 4),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1500)
    parser.add_argument("--delta", type=float, default=1e-4)
    parser.add_argument("--obs-var", type=float, default=0.5)
    parser.add_argument("--entry", type=float, default=1.0)
    parser.add_argument("--exit", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    print("running kalman pairs backtest...")
    print(json.dumps(run(args)))
