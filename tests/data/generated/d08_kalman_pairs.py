# generated: Kalman filter dynamic hedge ratio pairs trading strategy in numpy, synthetic data, print result as JSON
import argparse
import json
import math

import numpy as np


class KalmanHedge:
    """Random-walk state [beta, alpha] observed through y = beta * x + alpha + e."""

    def __init__(self, delta: float = 1e-4, obs_var: float = 1e-3):
        self._Q = delta / (1 - delta) * np.eye(2)
        self._R = obs_var
        self._theta = np.zeros(2)
        self._P = np.eye(2)

    @property
    def beta(self) -> float:
        return float(self._theta[0])

    @property
    def alpha(self) -> float:
        return float(self._theta[1])

    def step(self, x: float, y: float):
        F = np.array([x, 1.0])
        P_pred = self._P + self._Q
        y_hat = F @ self._theta
        err = y - y_hat
        S = F @ P_pred @ F + self._R
        K = P_pred @ F / S
        self._theta = self._theta + K * err
        self._P = P_pred - np.outer(K, F) @ P_pred
        return err, math.sqrt(S)


def simulate(n, seed):
    rng = np.random.default_rng(seed)
    x = 50 + np.cumsum(rng.normal(0, 0.5, n))
    true_beta = 1.2 + 0.3 * np.sin(np.linspace(0, 3 * np.pi, n))
    noise = np.zeros(n)
    for i in range(1, n):
        noise[i] = 0.85 * noise[i - 1] + rng.normal(0, 0.4)
    y = true_beta * x + 5 + noise
    return x, y, true_beta


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--delta", type=float, default=1e-4)
    ap.add_argument("--entry", type=float, default=1.0)
    args = ap.parse_args()

    x, y, true_beta = simulate(args.n, args.seed)
    kf = KalmanHedge(delta=args.delta)
    betas = np.empty(args.n)
    pos = 0
    pnl = []
    prev = None
    for t in range(args.n):
        err, sd = kf.step(x[t], y[t])
        betas[t] = kf.beta
        if prev is not None:
            pos_y, pos_x = prev
            pnl.append(pos_y * (y[t] - y[t - 1]) + pos_x * (x[t] - x[t - 1]))
        if t < 30:
            prev = (0, 0)
            continue
        if pos == 0 and err > args.entry * sd:
            pos = -1
        elif pos == 0 and err < -args.entry * sd:
            pos = 1
        elif pos == 1 and err >= 0 or pos == -1 and err <= 0:
            pos = 0
        prev = (pos, -pos * kf.beta)

    pnl = np.array(pnl)
    cum = np.cumsum(pnl)
    dd = cum - np.maximum.accumulate(cum)
    tracking = np.sqrt(np.mean((betas[100:] - true_beta[100:]) ** 2))
    print(f"beta tracking RMSE after warm-up: {tracking:.4f}")
    print(json.dumps({
        "total_pnl": round(float(cum[-1]), 3),
        "daily_sharpe_ann": round(float(pnl.mean() / pnl.std() * np.sqrt(252)), 3),
        "max_drawdown_abs": round(float(dd.min()), 3),
        "final_beta": round(kf.beta, 4),
        "final_alpha": round(kf.alpha, 4),
        "beta_rmse": round(float(tracking), 4),
    }))


if __name__ == "__main__":
    main()
