# generated: test every combination of 2 and 3 indicator filters (trend, momentum, volatility, volume) with itertools.combinations and report which AND-combination works best, json output
import argparse
import json
from functools import reduce
from itertools import accumulate, chain, combinations, groupby, pairwise
from operator import and_

import numpy as np
import pandas as pd


def data(n, seed):
    rng = np.random.default_rng(seed)
    r = rng.normal(0.0003, 0.012, n)
    close = 100 * np.exp(np.cumsum(r))
    volume = rng.lognormal(12, 0.4, n) * (1 + 5 * np.abs(r))
    return pd.DataFrame({"close": close, "volume": volume}, index=pd.bdate_range("2011-01-03", periods=n))


def filters(df: pd.DataFrame) -> dict:
    c = df["close"]
    ret = c.pct_change()
    return {
        "above_200ma": c > c.rolling(200).mean(),
        "mom_3m_pos": c.pct_change(63) > 0,
        "low_vol": ret.rolling(20).std() < ret.rolling(250).std(),
        "vol_spike": df["volume"] > df["volume"].rolling(50).mean() * 1.2,
        "short_dip": c.pct_change(5) < 0,
    }


def longest_run(mask: pd.Series) -> int:
    return max((sum(1 for _ in grp) for val, grp in groupby(mask.values) if val), default=0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=3000)
    ap.add_argument("--min-exposure", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=314)
    args = ap.parse_args()

    df = data(args.bars, args.seed)
    f = filters(df)
    fwd = df["close"].pct_change().shift(-1).fillna(0)
    names = sorted(f)
    results = []
    for combo in chain(combinations(names, 1), combinations(names, 2), combinations(names, 3)):
        mask = reduce(and_, (f[n] for n in combo)).fillna(False)
        exposure = float(mask.mean())
        if exposure < args.min_exposure:
            continue
        r = fwd.where(mask, 0.0)
        sharpe = float(r.mean() / r.std() * np.sqrt(252)) if r.std() > 0 else 0.0
        results.append({"filters": list(combo), "sharpe": round(sharpe, 3), "exposure": round(exposure, 3), "longest_run": longest_run(mask)})
    results.sort(key=lambda d: d["sharpe"], reverse=True)
    best = results[0]
    best_mask = reduce(and_, (f[n] for n in best["filters"])).fillna(False)
    eq = list(accumulate((1 + fwd.where(best_mask, 0.0)).values, lambda a, b: a * b))
    flips = sum(1 for a, b in pairwise(best_mask.values) if a != b)
    for row in results[:5]:
        print("{sharpe:>6.2f}  {exposure:>5.1%}  {f}".format(f=" & ".join(row["filters"]), **row))
    print(json.dumps({
        "tested": len(results),
        "best": best,
        "best_total_return": round(eq[-1] - 1, 4),
        "best_flips": flips,
        "worst": results[-1],
    }))


if __name__ == "__main__":
    main()
