# generated: GARCH(1,1) volatility forecast by hand in numpy with a grid-search MLE, use it to scale exposure; print json
import argparse
import itertools
import json
import math

import numpy as np


def garch_filter(r: np.ndarray, omega: float, alpha: float, beta: float) -> np.ndarray:
    var = np.empty_like(r)
    var[0] = r.var()
    for t in range(1, len(r)):
        var[t] = omega + alpha * r[t - 1] ** 2 + beta * var[t - 1]
    return var


def neg_loglik(r, omega, alpha, beta) -> float:
    var = garch_filter(r, omega, alpha, beta)
    return 0.5 * float(np.sum(np.log(2 * math.pi * var) + r ** 2 / var))


def fit_grid(r: np.ndarray):
    uncond = r.var()
    best = (math.inf, None)
    for alpha, beta in itertools.product(np.arange(0.02, 0.21, 0.02), np.arange(0.70, 0.99, 0.02)):
        if alpha + beta >= 0.999:
            continue
        omega = uncond * (1 - alpha - beta)
        ll = neg_loglik(r, omega, alpha, beta)
        if ll < best[0]:
            best = (ll, (omega, alpha, beta))
    return best


def simulate_garch(n, omega, alpha, beta, seed, mu=0.0004):
    rng = np.random.default_rng(seed)
    r = np.empty(n)
    var = omega / (1 - alpha - beta)
    for t in range(n):
        r[t] = math.sqrt(var) * rng.standard_normal()
        var = omega + alpha * r[t] ** 2 + beta * var
    return r + mu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--target", type=float, default=0.12, help="annual vol target")
    ap.add_argument("--seed", type=int, default=1234)
    a = ap.parse_args()

    true = (2e-6, 0.09, 0.89)
    r = simulate_garch(a.n, *true, seed=a.seed)
    demeaned = r - r.mean()
    half = a.n // 2
    ll, (omega, alpha, beta) = fit_grid(demeaned[:half])
    var = garch_filter(demeaned, omega, alpha, beta)
    # one-step-ahead forecast for day t uses information up to t-1, already true of var[t]
    forecast_vol = np.sqrt(var * 252)
    lev = np.clip(a.target / forecast_vol, 0, 3)
    strat = lev[half:] * r[half:]
    plain = r[half:]

    def sharpe(x):
        return float(x.mean() / x.std() * math.sqrt(252))

    print(f"fitted omega={omega:.2e} alpha={alpha:.2f} beta={beta:.2f} (true {true[1]}, {true[2]})")
    print(json.dumps({
        "fit": {"omega": float(f"{omega:.3e}"), "alpha": round(float(alpha), 3), "beta": round(float(beta), 3),
                "neg_loglik": round(ll, 2)},
        "persistence": round(float(alpha + beta), 3),
        "oos_sharpe_scaled": round(sharpe(strat), 3),
        "oos_sharpe_plain": round(sharpe(plain), 3),
        "oos_vol_scaled": round(float(strat.std() * math.sqrt(252)), 4),
        "oos_vol_plain": round(float(plain.std() * math.sqrt(252)), 4),
        "avg_leverage": round(float(lev[half:].mean()), 3),
    }))


if __name__ == "__main__":
    main()
