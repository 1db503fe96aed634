# generated: dual momentum strategy (absolute + relative) with a timing decorator and a context manager for stage timing; print JSON incl. timings
import argparse
import functools
import json
import time

import numpy as np
import pandas as pd

TIMINGS = {}


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            TIMINGS[fn.__name__] = round((time.perf_counter() - t0) * 1e3, 3)
    return wrapper


class stage:
    """Context manager that records how long a block took."""

    def __init__(self, name):
        self.name = name
        self.t0 = None

    def __enter__(self):
        self.t0 = time.perf_counter()
        print(f"[{self.name}] start")
        return self

    def __exit__(self, exc_type, exc, tb):
        dt = time.perf_counter() - self.t0
        TIMINGS[f"stage:{self.name}"] = round(dt * 1e3, 3)
        print(f"[{self.name}] done in {dt * 1e3:.1f} ms")
        return False


@timed
def load_universe(seed, n=2000):
    rng = np.random.default_rng(seed)
    idx = pd.bdate_range("2013-01-01", periods=n)
    spec = {"US_EQ": (0.0004, 0.011), "INTL_EQ": (0.0002, 0.012), "BONDS": (0.00012, 0.003), "CASH": (0.00005, 0.0002)}
    data = {k: 100 * np.exp(np.cumsum(rng.normal(m, s, n))) for k, (m, s) in spec.items()}
    return pd.DataFrame(data, index=idx)


@timed
def monthly_momentum(prices, lookback_months):
    m = prices.resample("M").last()
    return m.pct_change(lookback_months), m.pct_change().shift(-1)


@timed
def choose(mom):
    picks = []
    for dt, row in mom.iterrows():
        if row[["US_EQ", "INTL_EQ"]].isna().any():
            picks.append(None)
            continue
        best = "US_EQ" if row.US_EQ >= row.INTL_EQ else "INTL_EQ"
        picks.append(best if row[best] > row.CASH else "BONDS")
    return pd.Series(picks, index=mom.index)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lookback", type=int, default=12, help="months")
    ap.add_argument("--seed", type=int, default=6)
    args = ap.parse_args()

    with stage("data"):
        px = load_universe(args.seed)
    with stage("signals"):
        mom, fwd = monthly_momentum(px, args.lookback)
        picks = choose(mom)
    with stage("backtest"):
        valid = picks.dropna()
        rets = pd.Series([fwd.at[d, a] for d, a in valid.items()], index=valid.index).dropna()
        eq = (1 + rets).cumprod()
        sharpe = rets.mean() / rets.std() * np.sqrt(12)

    print(json.dumps({
        "months": int(len(rets)),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(sharpe), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "allocation_counts": valid.value_counts().to_dict(),
        "timings_ms": TIMINGS,
    }))


if __name__ == "__main__":
    main()
