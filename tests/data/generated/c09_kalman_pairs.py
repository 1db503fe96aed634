# generated: pairs trading with a Kalman filter hedge ratio on two synthetic cointegrated series, JSON output
import argparse
import json

import numpy as np
import pandas as pd


class KalmanHedge:
    """Dynamic linear regression y = alpha + beta * x via Kalman filter."""

    def __init__(self, delta: float = 1e-4, obs_var: float = 1e-3):
        self._wt = delta / (1 - delta) * np.eye(2)
        self._vt = obs_var
        self._theta = np.zeros(2)
        self._P = np.zeros((2, 2))
        self._initialized = False

    @property
    def beta(self) -> float:
        return float(self._theta[1])

    @property
    def alpha(self) -> float:
        return float(self._theta[0])

    def update(self, x: float, y: float):
        F = np.array([1.0, x])
        if not self._initialized:
            self._P = np.eye(2)
            self._initialized = True
        R = self._P + self._wt
        y_hat = F @ self._theta
        err = y - y_hat
        Q = F @ R @ F + self._vt
        K = R @ F / Q
        self._theta = self._theta + K * err
        self._P = R - np.outer(K, F) @ R
        return err, np.sqrt(Q)


def make_pair(n, seed):
    rng = np.random.default_rng(seed)
    x = 50 + np.cumsum(rng.normal(0, 0.5, n))
    beta = 1.5 + 0.3 * np.sin(np.linspace(0, 3 * np.pi, n))
    spread = np.zeros(n)
    for i in range(1, n):
        spread[i] = 0.9 * spread[i - 1] + rng.normal(0, 0.6)
    y = 5 + beta * x + spread
    idx = pd.bdate_range("2021-01-01", periods=n)
    return pd.DataFrame({"x": x, "y": y}, index=idx)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--delta", type=float, default=1e-4)
    p.add_argument("--entry", type=float, default=1.0)
    p.add_argument("--exit", type=float, default=0.0)
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--seed", type=int, default=17)
    a = p.parse_args()

    df = make_pair(a.n, a.seed)
    kf = KalmanHedge(delta=a.delta)
    errs, sds, betas = [], [], []
    for x, y in df[["x", "y"]].itertuples(index=False):
        e, s = kf.update(x, y)
        errs.append(e)
        sds.append(s)
        betas.append(kf.beta)
    df["e"], df["sd"], df["beta"] = errs, sds, betas

    pos = 0
    units = []
    for e, s in zip(df.e, df.sd):
        if pos == 0:
            if e < -a.entry * s:
                pos = 1
            elif e > a.entry * s:
                pos = -1
        elif pos == 1 and e > -a.exit * s:
            pos = 0
        elif pos == -1 and e < a.exit * s:
            pos = 0
        units.append(pos)
    df["units"] = units

    # spread P&L: long y short beta*x, using yesterday's units and hedge
    dy = df.y.diff()
    dx = df.x.diff()
    pnl = df.units.shift() * (dy - df.beta.shift() * dx)
    pnl = pnl.iloc[30:].fillna(0)
    gross = (df.y.abs() + df.beta.abs() * df.x.abs()).iloc[30:]
    rets = pnl / gross.shift().bfill()
    print(f"final beta={kf.beta:.3f}, alpha={kf.alpha:.3f}, true beta end={1.5 + 0.3 * np.sin(3 * np.pi):.3f}")
    print(json.dumps({
        "total_pnl": round(float(pnl.sum()), 3),
        "sharpe": round(float(rets.mean() / rets.std() * np.sqrt(252)), 3),
        "n_entries": int((df.units.diff().abs() > 0).sum()),
        "beta_mean": round(float(np.mean(betas[30:])), 4),
        "pct_in_market": round(float((df.units != 0).mean()), 3),
    }))


if __name__ == "__main__":
    main()
