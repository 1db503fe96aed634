# generated: grid search over parameters with itertools.product for a Donchian channel strategy, print top results as json
import argparse
import itertools
import json
from operator import itemgetter

import numpy as np
import pandas as pd


def donchian_returns(close, entry, exit_, allow_short):
    upper = close.rolling(entry).max().shift(1)
    lower = close.rolling(exit_).min().shift(1)
    pos = np.zeros(len(close))
    state = 0
    c = close.values
    u = upper.values
    l = lower.values
    for i in range(len(c)):
        if np.isnan(u[i]) or np.isnan(l[i]):
            continue
        if c[i] > u[i]:
            state = 1
        elif c[i] < l[i]:
            state = -1 if allow_short else 0
        pos[i] = state
    r = close.pct_change().fillna(0).values
    return pd.Series(np.r_[0, pos[:-1]] * r, index=close.index)


def score(r):
    eq = (1 + r).cumprod()
    vol = r.std() * np.sqrt(252)
    return {
        "sharpe": float(r.mean() * 252 / vol) if vol > 0 else 0.0,
        "cagr": float(eq.iloc[-1] ** (252 / len(r)) - 1),
        "max_dd": float((eq / eq.cummax() - 1).min()),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--sort-by", choices=["sharpe", "cagr", "max_dd"], default="sharpe")
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0002, 0.012, args.n))),
                      index=pd.bdate_range("2013-01-01", periods=args.n))

    entries = [20, 40, 55, 80]
    exits = [10, 20, 30]
    shorts = [False, True]
    results = []
    for entry, exit_, allow_short in itertools.product(entries, exits, shorts):
        if exit_ >= entry:
            continue
        s = score(donchian_returns(close, entry, exit_, allow_short))
        s.update(entry=entry, exit=exit_, short=allow_short)
        results.append(s)
    print(f"evaluated {len(results)} parameter combinations")

    results.sort(key=itemgetter(args.sort_by), reverse=True)
    top = [{k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()} for r in results[: args.top]]
    sharpes = [r["sharpe"] for r in results]
    print(json.dumps({
        "sorted_by": args.sort_by,
        "n_combinations": len(results),
        "sharpe_median": round(float(np.median(sharpes)), 3),
        "sharpe_p90": round(float(np.percentile(sharpes, 90)), 3),
        "top": top,
    }))


if __name__ == "__main__":
    main()
