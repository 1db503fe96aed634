# generated: random search over strategy hyperparameters for an EMA + RSI combo with early stopping; use walrus where natural; JSON output
import argparse
import json
import random
import time

import numpy as np
import pandas as pd


def build_data(seed):
    rng = np.random.default_rng(seed)
    n = 2500
    r = rng.normal(0.0002, 0.012, n) + 0.0008 * np.sin(np.arange(n) / 25)
    return pd.Series(100 * np.exp(np.cumsum(r)), index=pd.bdate_range("2011-01-03", periods=n))


def rsi(close, n):
    d = close.diff()
    g = d.clip(lower=0).ewm(alpha=1 / n, adjust=False).mean()
    l = (-d.clip(upper=0)).ewm(alpha=1 / n, adjust=False).mean()
    return 100 - 100 / (1 + g / l)


def run(close, params):
    ema = close.ewm(span=params["ema"], adjust=False).mean()
    rs = rsi(close, params["rsi_n"])
    long_ = (close > ema) & (rs < params["rsi_buy"])
    flat = rs > params["rsi_sell"]
    pos = pd.Series(np.where(long_, 1.0, np.where(flat, 0.0, np.nan)), index=close.index).ffill().fillna(0)
    r = pos.shift().fillna(0) * close.pct_change().fillna(0)
    if (sd := r.std()) == 0:
        return 0.0
    return float(r.mean() / sd * np.sqrt(252))


SPACE = {
    "ema": [20, 50, 100, 150, 200],
    "rsi_n": [2, 3, 5, 7, 14],
    "rsi_buy": list(range(10, 45, 5)),
    "rsi_sell": list(range(55, 95, 5)),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=60)
    ap.add_argument("--patience", type=int, default=25)
    ap.add_argument("--train-frac", type=float, default=0.6)
    ap.add_argument("--seed", type=int, default=3)
    a = ap.parse_args()

    close = build_data(a.seed)
    split = int(len(close) * a.train_frac)
    train, test = close.iloc[:split], close.iloc[split:]
    rnd = random.Random(a.seed)

    best, best_score, since_improve = None, float("-inf"), 0
    history = []
    t0 = time.perf_counter()
    for trial in range(a.trials):
        params = {k: rnd.choice(v) for k, v in SPACE.items()}
        if (score := run(train, params)) > best_score:
            best, best_score, since_improve = params, score, 0
            print(f"trial {trial:3d}: new best {score:.3f} {params}")
        else:
            since_improve += 1
        history.append(score)
        if since_improve >= a.patience:
            print(f"early stop after {trial + 1} trials")
            break
    elapsed = time.perf_counter() - t0

    print(json.dumps({
        "trials_run": len(history),
        "best_params": best,
        "train_sharpe": round(best_score, 3),
        "test_sharpe": round(run(test, best), 3),
        "median_trial_sharpe": round(float(np.median(history)), 3),
        "elapsed_s": round(elapsed, 2),
    }))


if __name__ == "__main__":
    main()
