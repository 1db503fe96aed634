# generated: two-state Gaussian hidden Markov model fitted with a hand-written Baum-Welch (numpy only) on synthetic returns; go long in the bull state, flat in the bear state; walk-forward; JSON output
import argparse
import json
import math

import numpy as np


def simulate(n, seed):
    rng = np.random.default_rng(seed)
    P = np.array([[0.98, 0.02], [0.04, 0.96]])
    mu = np.array([0.0008, -0.0012])
    sd = np.array([0.008, 0.02])
    s = np.zeros(n, dtype=int)
    for t in range(1, n):
        s[t] = rng.choice(2, p=P[s[t - 1]])
    return rng.normal(mu[s], sd[s]), s


def gauss(x, mu, sd):
    return np.exp(-0.5 * ((x[:, None] - mu) / sd) ** 2) / (sd * math.sqrt(2 * math.pi))


def forward(x, pi, A, mu, sd):
    B = gauss(x, mu, sd) + 1e-300
    alpha = np.zeros((len(x), 2))
    c = np.zeros(len(x))
    alpha[0] = pi * B[0]
    c[0] = alpha[0].sum()
    alpha[0] /= c[0]
    for t in range(1, len(x)):
        alpha[t] = (alpha[t - 1] @ A) * B[t]
        c[t] = alpha[t].sum()
        alpha[t] /= c[t]
    return alpha, c, B


def baum_welch(x, iters=30):
    pi = np.array([0.5, 0.5])
    A = np.array([[0.95, 0.05], [0.05, 0.95]])
    mu = np.array([x.mean() + x.std() * 0.1, x.mean() - x.std() * 0.1])
    sd = np.array([x.std() * 0.7, x.std() * 1.5])
    for _ in range(iters):
        alpha, c, B = forward(x, pi, A, mu, sd)
        beta = np.ones_like(alpha)
        for t in range(len(x) - 2, -1, -1):
            beta[t] = (A @ (B[t + 1] * beta[t + 1])) / c[t + 1]
        gamma = alpha * beta
        gamma /= gamma.sum(1, keepdims=True)
        xi = np.zeros((2, 2))
        for t in range(len(x) - 1):
            m = alpha[t][:, None] * A * (B[t + 1] * beta[t + 1])[None, :] / c[t + 1]
            xi += m
        pi = gamma[0]
        A = xi / xi.sum(1, keepdims=True)
        w = gamma.sum(0)
        mu = (gamma * x[:, None]).sum(0) / w
        sd = np.sqrt((gamma * (x[:, None] - mu) ** 2).sum(0) / w)
    order = np.argsort(-mu)  # state 0 = higher mean ("bull")
    return pi[order], A[np.ix_(order, order)], mu[order], sd[order], float(np.log(c).sum())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--train", type=int, default=500)
    ap.add_argument("--refit", type=int, default=250)
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()

    x, true_state = simulate(a.n, a.seed)
    strat = []
    fits = 0
    loglik = None
    for start in range(a.train, a.n, a.refit):
        hist = x[:start]
        pi, A, mu, sd, loglik = baum_welch(hist[-a.train:])
        fits += 1
        seg_end = min(start + a.refit, a.n)
        for t in range(start, seg_end):
            alpha, _, _ = forward(x[max(0, t - 100):t], pi, A, mu, sd)
            p_bull_next = (alpha[-1] @ A)[0]
            strat.append(x[t] if p_bull_next > 0.5 else 0.0)

    r = np.array(strat)
    bh = x[a.train:]
    eq, eq_bh = np.cumprod(1 + r), np.cumprod(1 + bh)
    print(f"{fits} fits; last fit mu={mu.round(5).tolist()} sd={sd.round(4).tolist()} loglik={loglik:.1f}")
    print(json.dumps({
        "fits": fits,
        "exposure": round(float((r != 0).mean()), 3),
        "strategy_return": round(float(eq[-1] - 1), 4),
        "buy_hold_return": round(float(eq_bh[-1] - 1), 4),
        "strategy_max_dd": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
        "buy_hold_max_dd": round(float((eq_bh / np.maximum.accumulate(eq_bh) - 1).min()), 4),
        "transition_matrix": np.round(A, 3).tolist(),
    }))


if __name__ == "__main__":
    main()
