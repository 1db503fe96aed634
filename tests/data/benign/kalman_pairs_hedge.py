# Source: QuantStart, "Dynamic Hedge Ratio Between ETF Pairs Using the Kalman Filter"
#         (https://www.quantstart.com/articles/Dynamic-Hedge-Ratio-Between-ETF-Pairs-Using-the-Kalman-Filter/),
#         after E. Chan, "Algorithmic Trading" (2013), example 3.3.
# Adapted: re-implemented with numpy only (no pykalman) on a synthetic cointegrated pair.
import json

import numpy as np


class KalmanHedge:
    def __init__(self, delta: float = 1e-4, obs_var: float = 1e-3):
        self._wt = delta / (1 - delta) * np.eye(2)
        self._vt = obs_var
        self._theta = np.zeros(2)
        self._P = np.zeros((2, 2))

    def __repr__(self) -> str:
        return f"KalmanHedge(beta={self._theta[0]:.4f}, alpha={self._theta[1]:.4f})"

    def update(self, x: float, y: float):
        F = np.array([x, 1.0])
        R = self._P + self._wt
        yhat = F @ self._theta
        Q = F @ R @ F + self._vt
        e = y - yhat
        K = R @ F / Q
        self._theta = self._theta + K * e
        self._P = R - np.outer(K, F) @ R
        return e, np.sqrt(Q)


if __name__ == "__main__":
    rng = np.random.default_rng(3)
    n = 750
    x = 50 + np.cumsum(rng.normal(0, 0.5, n))
    beta = 1.5 + 0.3 * np.sin(np.linspace(0, 3, n))
    y = beta * x + 2 + rng.normal(0, 0.8, n)
    kf = KalmanHedge()
    pos, pnl, prev = 0, 0.0, None
    for t in range(n):
        e, sd = kf.update(x[t], y[t])
        if prev is not None:
            pnl += pos * ((y[t] - y[t - 1]) - prev * (x[t] - x[t - 1]))
        if t > 20:
            pos = -1 if e > sd else (1 if e < -sd else 0)
        prev = kf._theta[0]
    print(json.dumps({"final_beta": round(float(kf._theta[0]), 4), "true_beta": round(float(beta[-1]), 4),
                      "pnl": round(float(pnl), 4), "model": repr(kf)}))
