# generated: simulate delta hedging a short call with Black-Scholes (math.erf for the normal CDF), different hedge frequencies, output JSON
import argparse
import json
import math
import statistics

import numpy as np


def norm_cdf(x: float) -> float:
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def bs_call(S, K, T, r, sigma):
    if T <= 0:
        return max(S - K, 0.0), 1.0 if S > K else 0.0
    d1 = (math.log(S / K) + (r + 0.5 * sigma ** 2) * T) / (sigma * math.sqrt(T))
    d2 = d1 - sigma * math.sqrt(T)
    price = S * norm_cdf(d1) - K * math.exp(-r * T) * norm_cdf(d2)
    return price, norm_cdf(d1)


def hedge_path(path, K, T, r, sigma_impl, rebalance_every, cost):
    n = len(path) - 1
    dt = T / n
    premium, delta = bs_call(path[0], K, T, r, sigma_impl)
    cash = premium - delta * path[0] - cost * abs(delta) * path[0]
    shares = delta
    for i in range(1, n + 1):
        cash *= math.exp(r * dt)
        if i % rebalance_every == 0 and i < n:
            _, new_delta = bs_call(path[i], K, T - i * dt, r, sigma_impl)
            trade = new_delta - shares
            cash -= trade * path[i] + cost * abs(trade) * path[i]
            shares = new_delta
    payoff = max(path[-1] - K, 0.0)
    return cash + shares * path[-1] - payoff


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--S0", type=float, default=100.0)
    ap.add_argument("--K", type=float, default=100.0)
    ap.add_argument("--T", type=float, default=0.25)
    ap.add_argument("--r", type=float, default=0.03)
    ap.add_argument("--sigma-real", type=float, default=0.2)
    ap.add_argument("--sigma-impl", type=float, default=0.22)
    ap.add_argument("--steps", type=int, default=63)
    ap.add_argument("--paths", type=int, default=400)
    ap.add_argument("--cost", type=float, default=0.0005)
    ap.add_argument("--seed", type=int, default=5)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    dt = a.T / a.steps
    z = rng.standard_normal((a.paths, a.steps))
    log_paths = np.cumsum((a.r - 0.5 * a.sigma_real ** 2) * dt + a.sigma_real * math.sqrt(dt) * z, axis=1)
    paths = a.S0 * np.exp(np.hstack([np.zeros((a.paths, 1)), log_paths]))

    premium, delta0 = bs_call(a.S0, a.K, a.T, a.r, a.sigma_impl)
    print(f"premium received {premium:.4f}, initial delta {delta0:.3f}")
    results = {}
    for every in (1, 5, 21):
        pnl = [hedge_path(p.tolist(), a.K, a.T, a.r, a.sigma_impl, every, a.cost) for p in paths]
        results[f"rebalance_{every}d"] = {
            "mean_pnl": round(statistics.fmean(pnl), 4),
            "stdev_pnl": round(statistics.stdev(pnl), 4),
            "p05": round(float(np.percentile(pnl, 5)), 4),
            "p95": round(float(np.percentile(pnl, 95)), 4),
        }
        print(f"every {every:2d} step(s): mean {results[f'rebalance_{every}d']['mean_pnl']:+.4f} "
              f"sd {results[f'rebalance_{every}d']['stdev_pnl']:.4f}")
    results["premium"] = round(premium, 4)
    results["vol_edge"] = round(a.sigma_impl - a.sigma_real, 4)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
