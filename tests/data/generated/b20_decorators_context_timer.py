# generated: dual momentum strategy, add a timing decorator and a context manager that reports stage durations with time.perf_counter, json output
import argparse
import json
import time
from functools import wraps

import numpy as np
import pandas as pd

TIMINGS = {}


def timed(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            TIMINGS[fn.__name__] = round((time.perf_counter() - start) * 1000, 3)
    return wrapper


class stage:
    """Context manager that records how long a block took."""

    def __init__(self, name):
        self.name = name
        self._start = 0.0

    def __enter__(self):
        self._start = time.perf_counter()
        print(f"[{self.name}] start")
        return self

    def __exit__(self, exc_type, exc, tb):
        elapsed = time.perf_counter() - self._start
        TIMINGS[self.name] = round(elapsed * 1000, 3)
        print(f"[{self.name}] done in {elapsed * 1000:.1f} ms")
        return False


@timed
def load_data(n, seed):
    rng = np.random.default_rng(seed)
    idx = pd.bdate_range("2008-01-01", periods=n)
    data = {
        "us_equity": rng.normal(0.0004, 0.012, n),
        "intl_equity": rng.normal(0.0003, 0.013, n),
        "bonds": rng.normal(0.00015, 0.004, n),
        "tbill": np.full(n, 0.00008),
    }
    return (1 + pd.DataFrame(data, index=idx)).cumprod() * 100


@timed
def dual_momentum(prices, lookback_days):
    monthly = prices.resample("M").last()
    mom = monthly.pct_change(lookback_days // 21)
    choice = []
    for _, row in mom.iterrows():
        if row.isna().any():
            choice.append(None)
            continue
        best_equity = row[["us_equity", "intl_equity"]].idxmax()
        choice.append(best_equity if row[best_equity] > row["tbill"] else "bonds")
    return pd.Series(choice, index=monthly.index), monthly.pct_change()


def main():
    ap = argparse.ArgumentParser(description="Antonacci-style dual momentum")
    ap.add_argument("--days", type=int, default=3000)
    ap.add_argument("--lookback", type=int, default=252)
    ap.add_argument("--seed", type=int, default=9)
    args = ap.parse_args()

    with stage("data"):
        prices = load_data(args.days, args.seed)
    with stage("signals"):
        choice, mret = dual_momentum(prices, args.lookback)
    with stage("backtest"):
        held = choice.shift(1)
        strat = pd.Series(
            [mret.at[d, a] if isinstance(a, str) else 0.0 for d, a in held.items()],
            index=held.index,
        )
        eq = (1 + strat).cumprod()

    switches = int((held != held.shift()).sum())
    print(json.dumps({
        "final_equity": round(float(eq.iloc[-1]), 4),
        "cagr": round(float(eq.iloc[-1] ** (12 / len(eq)) - 1), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(12)), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "allocation_share": held.value_counts(normalize=True).round(3).to_dict(),
        "switches": switches,
        "timings_ms": TIMINGS,
    }))


if __name__ == "__main__":
    main()
