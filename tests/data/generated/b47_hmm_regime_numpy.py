# generated: two-state Gaussian hidden Markov model fitted with Baum-Welch in numpy to detect bull/bear regimes, allocate by filtered probability, json output
import argparse
import json

import numpy as np


class GaussianHMM2:
    def __init__(self, rng):
        self.pi = np.array([0.5, 0.5])
        self.A = np.array([[0.95, 0.05], [0.05, 0.95]])
        self.mu = np.array([0.001, -0.001]) + rng.normal(0, 1e-4, 2)
        self.sd = np.array([0.008, 0.02])

    def _emission(self, x):
        z = (x[:, None] - self.mu) / self.sd
        return np.exp(-0.5 * z ** 2) / (self.sd * np.sqrt(2 * np.pi))

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
            beta[t] = self.A @ (B[t + 1] * beta[t + 1]) / c[t + 1]
        return beta

    def fit(self, x, iters=30):
        ll = None
        for _ in range(iters):
            B = self._emission(x)
            alpha, c = self._forward(B)
            beta = self._backward(B, c)
            gamma = alpha * beta
            gamma /= gamma.sum(axis=1, keepdims=True)
            xi = alpha[:-1, :, None] * self.A[None] * (B[1:] * beta[1:])[:, None, :] / c[1:, None, None]
            self.pi = gamma[0]
            self.A = xi.sum(0) / xi.sum(0).sum(1, keepdims=True)
            w = gamma / gamma.sum(0)
            self.mu = (w * x[:, None]).sum(0)
            self.sd = np.sqrt((w * (x[:, None] - self.mu) ** 2).sum(0))
            ll = np.log(c).sum()
        return ll

    def filtered(self, x):
        alpha, _ = self._forward(self._emission(x))
        return alpha


def simulate(n, rng):
    states = np.zeros(n, dtype=int)
    for t in range(1, n):
        stay = 0.985 if states[t - 1] == 0 else 0.96
        states[t] = states[t - 1] if rng.random() < stay else 1 - states[t - 1]
    mu = np.where(states == 0, 0.0007, -0.0012)
    sd = np.where(states == 0, 0.007, 0.02)
    return rng.normal(mu, sd), states


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--train", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=1818)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    r, states = simulate(args.n, rng)
    model = GaussianHMM2(rng)
    ll = model.fit(r[: args.train])
    bull = int(np.argmax(model.mu / model.sd))
    probs = model.filtered(r)[:, bull]
    weight = np.r_[0.0, probs[:-1]]
    strat = weight * r
    oos = slice(args.train, None)
    eq = np.cumprod(1 + strat[oos])
    bh = np.cumprod(1 + r[oos])
    acc = ((probs > 0.5) == (states == 0)).mean()
    print(f"log-likelihood {ll:.1f}; regime means {np.round(model.mu, 5).tolist()}")
    print(json.dumps({
        "train_loglik": round(float(ll), 2),
        "state_means": np.round(model.mu, 6).tolist(),
        "state_vols": np.round(model.sd, 5).tolist(),
        "transition": np.round(model.A, 4).tolist(),
        "regime_accuracy": round(float(acc), 3),
        "oos_strategy_final": round(float(eq[-1]), 4),
        "oos_buy_hold_final": round(float(bh[-1]), 4),
        "oos_strategy_max_dd": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
    }))


if __name__ == "__main__":
    main()
