# generated: grid search the best SMA crossover parameters with itertools.product and report the top 5 as JSON
import argparse
import itertools
import json
import time

import numpy as np
import pandas as pd


def prices(n, seed):
    rng = np.random.default_rng(seed)
    r = rng.normal(0.0002, 0.011, n) + 0.0015 * np.sin(np.arange(n) / 40)
    return pd.Series(100 * np.cumprod(1 + r), index=pd.bdate_range("2014-01-01", periods=n))


def evaluate(close, fast, slow, cost):
    fm = close.rolling(fast).mean()
    sm = close.rolling(slow).mean()
    pos = (fm > sm).astype(float)
    pos[sm.isna()] = 0
    held = pos.shift().fillna(0)
    r = held * close.pct_change().fillna(0) - held.diff().abs().fillna(0) * cost
    std = r.std()
    sharpe = r.mean() / std * np.sqrt(252) if std > 0 else 0.0
    eq = (1 + r).cumprod()
    return sharpe, eq.iloc[-1] - 1, (eq / eq.cummax() - 1).min()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fast", type=int, nargs="+", default=[5, 10, 15, 20, 30])
    ap.add_argument("--slow", type=int, nargs="+", default=[40, 60, 80, 100, 150, 200])
    ap.add_argument("--cost", type=float, default=0.0005)
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--seed", type=int, default=21)
    args = ap.parse_args()

    close = prices(2500, args.seed)
    t0 = time.perf_counter()
    rows = []
    for fast, slow in itertools.product(args.fast, args.slow):
        if fast >= slow:
            continue
        sharpe, total, mdd = evaluate(close, fast, slow, args.cost)
        rows.append({"fast": fast, "slow": slow, "sharpe": sharpe, "total": total, "mdd": mdd})
    elapsed = time.perf_counter() - t0

    res = pd.DataFrame(rows).sort_values("sharpe", ascending=False)
    heat = res.pivot(index="fast", columns="slow", values="sharpe")
    print("Sharpe heatmap:")
    print(heat.round(2).to_string())
    print(f"evaluated {len(res)} combos in {elapsed * 1000:.1f} ms")
    top = res.head(args.top).round(4).to_dict(orient="records")
    print(json.dumps({
        "n_combos": len(res),
        "elapsed_s": round(elapsed, 3),
        "top": top,
        "median_sharpe": round(float(res.sharpe.median()), 4),
    }))


if __name__ == "__main__":
    main()
