# generated: fit a simple 2-state Gaussian hidden Markov model with numpy (Baum-Welch), use the filtered bull probability to size positions, JSON output
import argparse
import json

import numpy as np


def simulate(n, seed):
    rng = np.random.default_rng(seed)
    P = np.array([[0.98, 0.02], [0.04, 0.96]])
    mus, sds = np.array([0.0006, -0.0008]), np.array([0.008, 0.02])
    s = np.zeros(n, dtype=int)
    for t in range(1, n):
        s[t] = rng.choice(2, p=P[s[t - 1]])
    return rng.normal(mus[s], sds[s]), s


def gauss(x, mu, sd):
    return np.exp(-0.5 * ((x[:, None] - mu) / sd) ** 2) / (sd * np.sqrt(2 * np.pi))


def forward_backward(x, pi, A, mu, sd):
    n, k = len(x), len(pi)
    B = gauss(x, mu, sd)
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
        beta[t] = A @ (B[t + 1] * beta[t + 1]) / c[t + 1]
    gamma = alpha * beta
    gamma /= gamma.sum(axis=1, keepdims=True)
    xi = (alpha[:-1, :, None] * A[None] * (B[1:] * beta[1:])[:, None, :]) / c[1:, None, None]
    return alpha, gamma, xi, np.log(c).sum()


def baum_welch(x, iters=50, tol=1e-6):
    pi = np.array([0.5, 0.5])
    A = np.array([[0.95, 0.05], [0.05, 0.95]])
    mu = np.array([x.mean() + x.std() * 0.1, x.mean() - x.std() * 0.1])
    sd = np.array([x.std() * 0.7, x.std() * 1.5])
    prev = -np.inf
    for it in range(iters):
        _, gamma, xi, ll = forward_backward(x, pi, A, mu, sd)
        pi = gamma[0]
        A = xi.sum(axis=0) / gamma[:-1].sum(axis=0)[:, None]
        w = gamma / gamma.sum(axis=0)
        mu = (w * x[:, None]).sum(axis=0)
        sd = np.sqrt((w * (x[:, None] - mu) ** 2).sum(axis=0))
        if abs(ll - prev) < tol:
            break
        prev = ll
    return pi, A, mu, sd, ll, it + 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--train", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=20)
    a = ap.parse_args()

    x, states = simulate(a.n, a.seed)
    pi, A, mu, sd, ll, iters = baum_welch(x[: a.train])
    bull = int(np.argmax(mu / sd))
    print(f"converged in {iters} iterations, loglik={ll:.1f}, means={np.round(mu * 1e4, 2)} bps, sds={np.round(sd, 4)}")

    # out-of-sample filtering only (no look-ahead): run forward pass on full data with fitted params
    alpha, _, _, _ = forward_backward(x, pi, A, mu, sd)
    p_bull = alpha[:, bull]
    weight = np.clip(2 * p_bull - 0.5, 0, 1.5)
    strat = weight[a.train - 1:-1] * x[a.train:]
    bench = x[a.train:]
    true_bull = states[a.train:] == 0
    accuracy = np.mean((p_bull[a.train:] > 0.5) == true_bull) if bull == 0 else np.mean((p_bull[a.train:] > 0.5) == true_bull)
    print(json.dumps({
        "transition_matrix": np.round(A, 4).tolist(),
        "state_means_bps": np.round(mu * 1e4, 3).tolist(),
        "state_vols": np.round(sd, 5).tolist(),
        "oos_strategy_sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "oos_bench_sharpe": round(float(bench.mean() / bench.std() * np.sqrt(252)), 3),
        "regime_accuracy": round(float(accuracy), 3),
        "avg_weight": round(float(weight[a.train:].mean()), 3),
    }))


if __name__ == "__main__":
    main()
