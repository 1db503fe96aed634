# generated: simple 2-state Gaussian regime detector (EM / Baum-Welch in numpy) used as a filter for a trend strategy; print the fitted params and backtest as JSON
import argparse
import json

import numpy as np
import pandas as pd


def simulate(n, seed):
    rng = np.random.default_rng(seed)
    P = np.array([[0.98, 0.02], [0.05, 0.95]])
    mus, sds = np.array([0.0006, -0.001]), np.array([0.007, 0.02])
    s = 0
    states, rets = np.empty(n, int), np.empty(n)
    for t in range(n):
        s = rng.choice(2, p=P[s])
        states[t] = s
        rets[t] = rng.normal(mus[s], sds[s])
    return rets, states


def gauss(x, mu, sd):
    return np.exp(-0.5 * ((x[:, None] - mu) / sd) ** 2) / (sd * np.sqrt(2 * np.pi))


def forward_backward(x, A, pi, mu, sd):
    n, k = len(x), len(pi)
    B = gauss(x, mu, sd) + 1e-300
    alpha = np.zeros((n, k))
    c = np.zeros(n)
    alpha[0] = pi * B[0]
    c[0] = alpha[0].sum()
    alpha[0] /= c[0]
    for t in range(1, n):
        alpha[t] = (alpha[t - 1] @ A) * B[t]
        c[t] = alpha[t].sum()
        alpha[t] /= c[t]
    beta = np.ones((n, k))
    for t in range(n - 2, -1, -1):
        beta[t] = (A @ (B[t + 1] * beta[t + 1])) / c[t + 1]
    gamma = alpha * beta
    xi = np.zeros((k, k))
    for t in range(n - 1):
        xi += (alpha[t][:, None] * A * (B[t + 1] * beta[t + 1])[None, :]) / c[t + 1]
    return alpha, gamma, xi, np.log(c).sum()


def fit(x, iters=30):
    mu = np.array([x.mean() + x.std() * 0.1, x.mean() - x.std() * 0.1])
    sd = np.array([x.std() * 0.5, x.std() * 1.5])
    A = np.array([[0.95, 0.05], [0.05, 0.95]])
    pi = np.array([0.5, 0.5])
    ll = -np.inf
    for _ in range(iters):
        _, gamma, xi, ll_new = forward_backward(x, A, pi, mu, sd)
        pi = gamma[0]
        A = xi / xi.sum(axis=1, keepdims=True)
        w = gamma / gamma.sum(axis=0)
        mu = (w * x[:, None]).sum(axis=0)
        sd = np.sqrt((w * (x[:, None] - mu) ** 2).sum(axis=0))
        if abs(ll_new - ll) < 1e-6:
            break
        ll = ll_new
    return A, pi, mu, sd, ll_new


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=2500)
    ap.add_argument("--train", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=71)
    ap.add_argument("--prob", type=float, default=0.6, help="min P(calm) to be long")
    args = ap.parse_args()

    rets, states = simulate(args.days, args.seed)
    A, pi, mu, sd, ll = fit(rets[: args.train])
    calm = int(np.argmin(sd))
    filtered, _, _, _ = forward_backward(rets, A, pi, mu, sd)   # alpha = filtered probs (no look-ahead)
    p_calm = filtered[:, calm]
    pos = np.r_[0, (p_calm[:-1] > args.prob).astype(float)]
    strat = pos * rets
    oos = slice(args.train, None)
    s = pd.Series(strat[oos])
    b = pd.Series(rets[oos])
    true_calm = 0
    acc = float(((p_calm > 0.5) == (states == true_calm)).mean())
    print(f"fitted mu={np.round(mu, 5).tolist()} sd={np.round(sd, 4).tolist()} loglik={ll:.1f}")
    print(json.dumps({
        "transition": np.round(A, 4).tolist(),
        "means": np.round(mu, 6).tolist(),
        "stdevs": np.round(sd, 5).tolist(),
        "state_accuracy": round(acc, 3),
        "oos_sharpe": round(float(s.mean() / s.std() * np.sqrt(252)), 3),
        "oos_buyhold_sharpe": round(float(b.mean() / b.std() * np.sqrt(252)), 3),
        "oos_return": round(float((1 + s).prod() - 1), 4),
        "oos_exposure": round(float(pos[oos].mean()), 3),
    }))


if __name__ == "__main__":
    main()
