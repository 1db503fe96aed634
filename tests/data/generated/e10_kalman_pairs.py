# generated: Kalman filter dynamic hedge ratio pairs trading strategy in numpy, print JSON results
import argparse
import json

import numpy as np


class KalmanRegression:
    """Online linear regression y = a + b x with random-walk coefficients."""

    def __init__(self, delta: float = 1e-4, obs_var: float = 1.0):
        self._theta = np.zeros(2)
        self._P = np.eye(2)
        self._Q = delta / (1 - delta) * np.eye(2)
        self._R = obs_var

    @property
    def beta(self) -> float:
        return float(self._theta[1])

    @property
    def alpha(self) -> float:
        return float(self._theta[0])

    def update(self, x: float, y: float):
        H = np.array([1.0, x])
        self._P = self._P + self._Q
        y_hat = H @ self._theta
        err = y - y_hat
        S = H @ self._P @ H + self._R
        K = self._P @ H / S
        self._theta = self._theta + K * err
        self._P = self._P - np.outer(K, H) @ self._P
        return err, S


def make_pair(n, seed):
    rng = np.random.default_rng(seed)
    x = 30 + np.cumsum(rng.normal(0, 0.5, n))
    beta = 1.2 + np.cumsum(rng.normal(0, 0.002, n))
    noise = np.zeros(n)
    for t in range(1, n):
        noise[t] = 0.85 * noise[t - 1] + rng.normal(0, 0.6)
    return x, beta * x + 5 + noise


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--delta", type=float, default=1e-4)
    ap.add_argument("--entry", type=float, default=1.0)
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=99)
    args = ap.parse_args()

    x, y = make_pair(args.n, args.seed)
    kf = KalmanRegression(args.delta)
    pos = 0
    hedge = 0.0
    pnl = np.zeros(args.n)
    betas = np.zeros(args.n)
    n_trades = 0
    for t in range(args.n):
        if t > 0 and pos != 0:
            pnl[t] = pos * ((y[t] - y[t - 1]) - hedge * (x[t] - x[t - 1]))
        err, S = kf.update(x[t], y[t])
        betas[t] = kf.beta
        if t < 50:
            continue
        z = err / np.sqrt(S)
        if pos == 0 and abs(z) > args.entry:
            pos = -int(np.sign(z))
            hedge = kf.beta
            n_trades += 1
        elif pos != 0 and np.sign(z) == pos:
            pos = 0
    cum = np.cumsum(pnl)
    dd = cum - np.maximum.accumulate(cum)
    print(f"final beta estimate {kf.beta:.4f} (alpha {kf.alpha:.3f})")
    print(json.dumps({
        "total_pnl": round(float(cum[-1]), 3),
        "sharpe": round(float(pnl.mean() / pnl.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float(dd.min()), 3),
        "trades": n_trades,
        "beta_mean": round(float(betas[50:].mean()), 4),
        "beta_std": round(float(betas[50:].std()), 4),
    }))


if __name__ == "__main__":
    main()
