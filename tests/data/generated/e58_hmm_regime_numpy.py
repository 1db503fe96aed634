# generated: two-state Gaussian hidden Markov model fitted with Baum-Welch in numpy to detect bull/bear regimes, trade the filtered state, json
import argparse
import json
import math

import numpy as np


class GaussianHMM2:
    def __init__(self, n_iter: int = 30):
        self.n_iter = n_iter
        self.A = np.array([[0.98, 0.02], [0.02, 0.98]])
        self.pi = np.array([0.5, 0.5])
        self.mu = np.array([0.001, -0.001])
        self.sigma = np.array([0.008, 0.02])

    def _emission(self, x):
        z = (x[:, None] - self.mu) / self.sigma
        return np.exp(-0.5 * z ** 2) / (self.sigma * math.sqrt(2 * math.pi))

    def _forward(self, B):
        T = len(B)
        alpha = np.zeros((T, 2))
        c = np.zeros(T)
        alpha[0] = self.pi * B[0]
        c[0] = alpha[0].sum()
        alpha[0] /= c[0]
        for t in range(1, T):
            alpha[t] = (alpha[t - 1] @ self.A) * B[t]
            c[t] = alpha[t].sum()
            alpha[t] /= c[t]
        return alpha, c

    def _backward(self, B, c):
        T = len(B)
        beta = np.ones((T, 2))
        for t in range(T - 2, -1, -1):
            beta[t] = (self.A @ (B[t + 1] * beta[t + 1])) / c[t + 1]
        return beta

    def fit(self, x):
        for _ in range(self.n_iter):
            B = self._emission(x)
            alpha, c = self._forward(B)
            beta = self._backward(B, c)
            gamma = alpha * beta
            gamma /= gamma.sum(axis=1, keepdims=True)
            xi = np.zeros((2, 2))
            for t in range(len(x) - 1):
                m = alpha[t][:, None] * self.A * (B[t + 1] * beta[t + 1])[None, :] / c[t + 1]
                xi += m
            self.A = xi / xi.sum(axis=1, keepdims=True)
            self.pi = gamma[0]
            w = gamma.sum(axis=0)
            self.mu = (gamma * x[:, None]).sum(axis=0) / w
            self.sigma = np.sqrt((gamma * (x[:, None] - self.mu) ** 2).sum(axis=0) / w)
        return self

    def filtered(self, x):
        alpha, _ = self._forward(self._emission(x))
        return alpha

    def loglik(self, x):
        _, c = self._forward(self._emission(x))
        return float(np.log(c).sum())


def simulate(n, seed):
    rng = np.random.default_rng(seed)
    state, states, rets = 0, [], []
    for _ in range(n):
        if rng.random() < (0.01 if state == 0 else 0.03):
            state = 1 - state
        states.append(state)
        rets.append(rng.normal(0.0008, 0.008) if state == 0 else rng.normal(-0.0015, 0.02))
    return np.array(rets), np.array(states)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--iters", type=int, default=25)
    ap.add_argument("--seed", type=int, default=5)
    a = ap.parse_args()
    rets, true_states = simulate(a.n, a.seed)
    half = a.n // 2
    hmm = GaussianHMM2(a.iters).fit(rets[:half])
    bull = int(np.argmax(hmm.mu / hmm.sigma))
    probs = hmm.filtered(rets)[:, bull]
    pos = (probs > 0.5).astype(float)
    strat = pos[half - 1:-1] * rets[half:]
    bh = rets[half:]
    acc = float(((probs > 0.5) == (true_states == 0)).mean())
    print(f"means {np.round(hmm.mu, 5)}, vols {np.round(hmm.sigma, 4)}, bull state {bull}")
    print(json.dumps({
        "loglik_train": round(hmm.loglik(rets[:half]), 2),
        "state_means": np.round(hmm.mu, 6).tolist(),
        "state_vols": np.round(hmm.sigma, 5).tolist(),
        "transition": np.round(hmm.A, 4).tolist(),
        "regime_accuracy": round(acc, 3),
        "oos_sharpe": round(float(strat.mean() / strat.std() * math.sqrt(252)), 3),
        "oos_bh_sharpe": round(float(bh.mean() / bh.std() * math.sqrt(252)), 3),
        "oos_exposure": round(float(pos[half - 1:-1].mean()), 3),
    }))


if __name__ == "__main__":
    main()
