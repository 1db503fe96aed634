# generated: estimate the Ornstein-Uhlenbeck half-life of a spread with regression, then trade mean reversion with holding period limited to 2x half-life; print JSON; use typing and small helper functions
import argparse
import json
import math
from typing import NamedTuple, Tuple

import numpy as np
import pandas as pd


class OUFit(NamedTuple):
    theta: float
    mu: float
    sigma: float

    @property
    def half_life(self) -> float:
        return math.log(2) / self.theta if self.theta > 0 else math.inf


def simulate_ou(n: int, theta: float, mu: float, sigma: float, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    x = np.empty(n)
    x[0] = mu
    for t in range(1, n):
        x[t] = x[t - 1] + theta * (mu - x[t - 1]) + sigma * rng.standard_normal()
    return pd.Series(x, index=pd.bdate_range("2018-01-01", periods=n), name="spread")


def fit_ou(x: pd.Series) -> OUFit:
    dx = x.diff().dropna()
    lag = x.shift(1).dropna()
    A = np.column_stack([lag.values, np.ones(len(lag))])
    (b, c), *_ = np.linalg.lstsq(A, dx.values, rcond=None)
    theta = -b
    mu = c / theta if theta else float(x.mean())
    sigma = float(np.std(dx.values - A @ np.array([b, c]), ddof=2))
    return OUFit(float(theta), float(mu), sigma)


def trade(x: pd.Series, fit: OUFit, entry_sd: float) -> Tuple[pd.Series, int, int]:
    eq_sd = fit.sigma / math.sqrt(2 * fit.theta)
    max_hold = max(1, int(round(2 * fit.half_life)))
    pos = np.zeros(len(x))
    held_for = 0
    timeouts = 0
    entries = 0
    cur = 0
    for t in range(len(x)):
        z = (x.iloc[t] - fit.mu) / eq_sd
        if cur != 0:
            held_for += 1
            if (cur > 0 and z >= 0) or (cur < 0 and z <= 0):
                cur = 0
            elif held_for >= max_hold:
                cur = 0
                timeouts += 1
        if cur == 0 and abs(z) > entry_sd:
            cur = -int(np.sign(z))
            held_for = 0
            entries += 1
        pos[t] = cur
    return pd.Series(pos, index=x.index), entries, timeouts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--theta", type=float, default=0.07)
    ap.add_argument("--sigma", type=float, default=0.5)
    ap.add_argument("--entry", type=float, default=1.0)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=90)
    a = ap.parse_args()

    x = simulate_ou(a.n, a.theta, 0.0, a.sigma, a.seed)
    half = a.n // 2
    fit = fit_ou(x.iloc[:half])
    print(f"fitted theta={fit.theta:.4f} (true {a.theta}), half-life={fit.half_life:.1f} days")
    pos, entries, timeouts = trade(x.iloc[half:], fit, a.entry)
    pnl = pos.shift(1).fillna(0) * x.iloc[half:].diff().fillna(0)
    cum = pnl.cumsum()
    print(json.dumps({
        "fit": {"theta": round(fit.theta, 4), "mu": round(fit.mu, 4), "sigma": round(fit.sigma, 4),
                "half_life": round(fit.half_life, 2)},
        "entries": entries,
        "timeouts": timeouts,
        "total_pnl": round(float(cum.iloc[-1]), 3),
        "pnl_per_trade": round(float(cum.iloc[-1] / entries), 4) if entries else None,
        "sharpe_ann": round(float(pnl.mean() / pnl.std() * math.sqrt(252)), 3),
        "max_dd": round(float((cum - cum.cummax()).min()), 3),
    }))


if __name__ == "__main__":
    main()
