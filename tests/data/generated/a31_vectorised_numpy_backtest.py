# generated: fully vectorised numpy backtest of 1000 random-parameter EMA crossover strategies at once to study overfitting (deflated sharpe-ish), json output
import argparse
import json
import math
import time

import numpy as np


def ema_matrix(x: np.ndarray, spans: np.ndarray) -> np.ndarray:
    alphas = 2.0 / (spans + 1.0)
    out = np.empty((len(spans), len(x)))
    out[:, 0] = x[0]
    for t in range(1, len(x)):
        out[:, t] = alphas * x[t] + (1 - alphas) * out[:, t - 1]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n-strats", type=int, default=1000)
    ap.add_argument("--days", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=2718)
    ap.add_argument("--split", type=float, default=0.5, help="fraction used in-sample")
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    logp = np.cumsum(rng.normal(0.0, 0.01, args.days))  # zero-drift: any edge is noise
    close = 100 * np.exp(logp)
    rets = np.diff(close) / close[:-1]

    fast = rng.integers(2, 50, args.n_strats)
    slow = fast + rng.integers(5, 200, args.n_strats)
    spans = np.unique(np.concatenate([fast, slow]))
    t0 = time.perf_counter()
    emas = ema_matrix(close, spans.astype(float))
    pos_of = {s: i for i, s in enumerate(spans)}
    f_idx = np.array([pos_of[s] for s in fast])
    s_idx = np.array([pos_of[s] for s in slow])
    signals = np.where(emas[f_idx] > emas[s_idx], 1.0, -1.0)[:, :-1]
    pnl = signals * rets[None, :]
    elapsed = time.perf_counter() - t0

    cut = int(pnl.shape[1] * args.split)
    def ann_sharpe(m):
        return m.mean(axis=1) / m.std(axis=1) * math.sqrt(252)
    is_sr = ann_sharpe(pnl[:, :cut])
    oos_sr = ann_sharpe(pnl[:, cut:])
    best = int(np.argmax(is_sr))
    rank_corr = np.corrcoef(np.argsort(np.argsort(is_sr)), np.argsort(np.argsort(oos_sr)))[0, 1]
    top_decile = is_sr >= np.percentile(is_sr, 90)
    expected_max = math.sqrt(2 * math.log(args.n_strats)) * is_sr.std()

    print(f"computed {args.n_strats} strategies over {args.days} days in {elapsed:.2f}s using {len(spans)} distinct EMAs")
    print(f"best in-sample: fast={fast[best]} slow={slow[best]} IS={is_sr[best]:.2f} OOS={oos_sr[best]:.2f}")
    print(json.dumps({
        "n_strategies": args.n_strats,
        "best_params": {"fast": int(fast[best]), "slow": int(slow[best])},
        "best_is_sharpe": round(float(is_sr[best]), 3),
        "best_oos_sharpe": round(float(oos_sr[best]), 3),
        "expected_max_sharpe_under_null": round(expected_max, 3),
        "is_oos_rank_corr": round(float(rank_corr), 3),
        "top_decile_oos_mean": round(float(oos_sr[top_decile].mean()), 3),
        "all_oos_mean": round(float(oos_sr.mean()), 3),
        "pct_positive_oos": round(float((oos_sr > 0).mean()), 3),
    }))


if __name__ == "__main__":
    main()
