# generated: strategy that uses fractional Kelly criterion to size a trend signal, estimate win prob and payoff on rolling window, json output
import argparse
import json
import statistics
from collections import deque

import numpy as np


def kelly_fraction(win_prob: float, payoff: float) -> float:
    """Classic Kelly: f* = p - (1 - p) / b."""
    if payoff <= 0:
        return 0.0
    return win_prob - (1 - win_prob) / payoff


def gaussian_kelly(mu: float, var: float) -> float:
    return mu / var if var > 0 else 0.0


def simulate_returns(n, seed, edge):
    rng = np.random.default_rng(seed)
    regime = np.sign(np.sin(np.arange(n) / 40.0))
    return rng.normal(edge * regime, 0.01, n)


def main():
    ap = argparse.ArgumentParser(description="Fractional Kelly sizing on a lagged-sign signal")
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--lookback", type=int, default=120)
    ap.add_argument("--fraction", type=float, default=0.5, help="fraction of full Kelly")
    ap.add_argument("--max-leverage", type=float, default=3.0)
    ap.add_argument("--method", choices=["binary", "gaussian"], default="gaussian")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--edge", type=float, default=0.0008)
    args = ap.parse_args()

    rets = simulate_returns(args.n, args.seed, args.edge)
    signal_hist = deque(maxlen=args.lookback)  # realized return of following the signal
    equity = 1.0
    curve = [equity]
    leverages = []
    for t in range(1, args.n):
        signal = 1.0 if rets[t - 1] > 0 else -1.0
        if len(signal_hist) >= 30:
            hist = list(signal_hist)
            if args.method == "binary":
                wins = [h for h in hist if h > 0]
                losses = [-h for h in hist if h < 0]
                p = len(wins) / len(hist)
                b = (statistics.fmean(wins) / statistics.fmean(losses)) if wins and losses else 0.0
                f = kelly_fraction(p, b)
            else:
                f = gaussian_kelly(statistics.fmean(hist), statistics.pvariance(hist))
            lev = max(-args.max_leverage, min(args.max_leverage, args.fraction * f))
        else:
            lev = 0.0
        leverages.append(lev)
        realized = signal * rets[t]
        equity *= 1 + lev * realized
        curve.append(equity)
        signal_hist.append(realized)
        if t % 1000 == 0:
            print(f"step {t}: equity={equity:.4f}, leverage={lev:+.2f}")

    curve = np.array(curve)
    strat = np.diff(curve) / curve[:-1]
    peak = np.maximum.accumulate(curve)
    summary = {
        "method": args.method,
        "fraction": args.fraction,
        "final_equity": round(float(curve[-1]), 4),
        "cagr": round(float(curve[-1] ** (252 / args.n) - 1), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((curve / peak - 1).min()), 4),
        "avg_abs_leverage": round(float(np.mean(np.abs(leverages))), 3),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
