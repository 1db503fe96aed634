# generated: parameter sensitivity heatmap for an EMA crossover: evaluate fast/slow grid, pivot into a table, print the table and a JSON summary
import argparse
import json
from itertools import product

import numpy as np
import pandas as pd


def ema_cross_sharpe(close: pd.Series, fast: int, slow: int, cost: float) -> float:
    """Annualised Sharpe of a long/flat EMA crossover, net of a per-unit turnover cost.

    Positions are taken at the close and applied to the next bar's return, so
    there is no look-ahead. Returns NaN when the strategy never trades.
    """
    f = close.ewm(span=fast, adjust=False).mean()
    s = close.ewm(span=slow, adjust=False).mean()
    pos = (f > s).astype(float)
    r = pos.shift().fillna(0) * close.pct_change().fillna(0) - pos.diff().abs().fillna(0) * cost
    return float(r.mean() / r.std() * np.sqrt(252)) if r.std() > 0 else np.nan


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--fast", type=int, nargs="+", default=[5, 10, 15, 20, 30])
    ap.add_argument("--slow", type=int, nargs="+", default=[40, 60, 90, 120, 200])
    ap.add_argument("--cost", type=float, default=0.0002)
    ap.add_argument("--seed", type=int, default=1212)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.00025, 0.011, args.n))),
                      index=pd.bdate_range("2008-01-01", periods=args.n))
    rows = [{"fast": f, "slow": s, "sharpe": ema_cross_sharpe(close, f, s, args.cost)}
            for f, s in product(args.fast, args.slow) if f < s]
    grid = pd.DataFrame(rows)
    table = grid.pivot(index="fast", columns="slow", values="sharpe")
    print(table.round(2).to_string())

    # neighbourhood-smoothed score to prefer robust regions over single peaks
    smooth = table.rolling(3, center=True, min_periods=1).mean()
    smooth = smooth.T.rolling(3, center=True, min_periods=1).mean().T
    best_raw = grid.loc[grid["sharpe"].idxmax()]
    stacked = smooth.stack()
    best_smooth = stacked.idxmax()

    print(json.dumps({
        "grid_size": int(len(grid)),
        "best_raw": {"fast": int(best_raw.fast), "slow": int(best_raw.slow),
                     "sharpe": round(float(best_raw.sharpe), 3)},
        "best_smoothed": {"fast": int(best_smooth[0]), "slow": int(best_smooth[1]),
                          "score": round(float(stacked.max()), 3)},
        "share_positive": round(float((grid["sharpe"] > 0).mean()), 3),
        "sharpe_range": [round(float(grid["sharpe"].min()), 3), round(float(grid["sharpe"].max()), 3)],
        "row_means": {int(k): round(float(v), 3) for k, v in table.mean(axis=1).items()},
    }))


if __name__ == "__main__":
    main()
