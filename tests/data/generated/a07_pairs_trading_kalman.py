# generated: pairs trading with a Kalman filter hedge ratio and z-score entries, numpy only, json output
import argparse
import json

import numpy as np


def cointegrated_pair(n, seed, beta=1.3):
    rng = np.random.default_rng(seed)
    x = 50 + np.cumsum(rng.normal(0, 1, n))
    spread = np.zeros(n)
    for t in range(1, n):
        spread[t] = 0.9 * spread[t - 1] + rng.normal(0, 1.2)
    drift_beta = beta + np.cumsum(rng.normal(0, 0.002, n))
    y = drift_beta * x + 5 + spread
    return x, y


def kalman_hedge(x, y, delta=1e-4, obs_var=1.0):
    n = len(x)
    state = np.zeros(2)            # [beta, alpha]
    P = np.eye(2)
    Q = delta / (1 - delta) * np.eye(2)
    betas = np.zeros(n)
    errors = np.zeros(n)
    variances = np.zeros(n)
    for t in range(n):
        H = np.array([x[t], 1.0])
        P = P + Q
        y_hat = H @ state
        e = y[t] - y_hat
        S = H @ P @ H.T + obs_var
        K = P @ H.T / S
        state = state + K * e
        P = P - np.outer(K, H) @ P
        betas[t], errors[t], variances[t] = state[0], e, S
    return betas, errors, variances


def trade(errors, variances, entry, exit_):
    z = errors / np.sqrt(variances)
    pos = np.zeros_like(z)
    for t in range(1, len(z)):
        prev = pos[t - 1]
        if prev == 0:
            pos[t] = -1 if z[t] > entry else (1 if z[t] < -entry else 0)
        elif prev == 1:
            pos[t] = 0 if z[t] > -exit_ else 1
        else:
            pos[t] = 0 if z[t] < exit_ else -1
    return z, pos


def main():
    p = argparse.ArgumentParser(description="Kalman filter pairs trade")
    p.add_argument("-n", "--bars", type=int, default=1500)
    p.add_argument("--entry", type=float, default=1.0)
    p.add_argument("--exit", type=float, default=0.0)
    p.add_argument("--delta", type=float, default=1e-4)
    p.add_argument("--seed", type=int, default=2024)
    a = p.parse_args()

    x, y = cointegrated_pair(a.bars, a.seed)
    betas, errors, variances = kalman_hedge(x, y, a.delta)
    z, pos = trade(errors, variances, a.entry, a.exit)
    # spread P&L: long 1 y, short beta x
    dy, dx = np.diff(y), np.diff(x)
    pnl = pos[:-1] * (dy - betas[:-1] * dx)
    pnl[:30] = 0.0  # burn-in
    gross = np.abs(y[:-1]) + np.abs(betas[:-1] * x[:-1])
    rets = np.divide(pnl, gross, out=np.zeros_like(pnl), where=gross > 0)
    sharpe = rets.mean() / rets.std() * np.sqrt(252) if rets.std() > 0 else 0.0
    cum = np.cumsum(pnl)
    dd = cum - np.maximum.accumulate(cum)
    entries = int(np.sum((pos[1:] != 0) & (pos[:-1] == 0)))

    print(f"final beta estimate {betas[-1]:.4f}, z range [{z.min():.2f}, {z.max():.2f}]")
    print(json.dumps({
        "total_pnl": round(float(cum[-1]), 2),
        "sharpe": round(float(sharpe), 3),
        "max_drawdown_pnl": round(float(dd.min()), 2),
        "entries": entries,
        "pct_time_in_trade": round(float(np.mean(pos != 0)), 3),
        "beta_last": round(float(betas[-1]), 4),
    }))


if __name__ == "__main__":
    main()
