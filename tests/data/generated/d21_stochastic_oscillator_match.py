# generated: stochastic oscillator strategy with a signal classifier using Python 3.10 match statements and the walrus operator; synthetic data; print JSON
import argparse
import json
import math
from enum import Enum

import numpy as np
import pandas as pd


class Signal(str, Enum):
    BUY = "buy"
    SELL = "sell"
    HOLD = "hold"

    @property
    def direction(self) -> int:
        match self:
            case Signal.BUY:
                return 1
            case Signal.SELL:
                return -1
            case _:
                return 0


def bars(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    c = 75 * np.exp(np.cumsum(rng.normal(0.0001, 0.015, n)))
    rngs = np.abs(rng.normal(0, 0.01, n)) * c
    return pd.DataFrame({"high": c + rngs, "low": c - rngs, "close": c},
                        index=pd.bdate_range("2019-01-01", periods=n))


def stochastic(df: pd.DataFrame, k: int, d: int) -> pd.DataFrame:
    ll = df["low"].rolling(k).min()
    hh = df["high"].rolling(k).max()
    pct_k = 100 * (df["close"] - ll) / (hh - ll)
    return pd.DataFrame({"%K": pct_k, "%D": pct_k.rolling(d).mean()})


def classify(k: float, d: float, prev_k: float, prev_d: float, lo: float, hi: float) -> Signal:
    # bool() matters: numpy bools never match the literal pattern True (match uses identity)
    crossed_up = bool(prev_k <= prev_d and k > d)
    crossed_down = bool(prev_k >= prev_d and k < d)
    match (crossed_up, crossed_down):
        case (True, _) if k < lo:
            return Signal.BUY
        case (_, True) if k > hi:
            return Signal.SELL
        case _:
            return Signal.HOLD


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--k", type=int, default=14)
    ap.add_argument("--d", type=int, default=3)
    ap.add_argument("--lo", type=float, default=20)
    ap.add_argument("--hi", type=float, default=80)
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=44)
    a = ap.parse_args()

    df = bars(a.n, a.seed)
    osc = stochastic(df, a.k, a.d).to_numpy()
    close = df["close"].to_numpy()

    pos = 0
    daily = []
    counts = {s.value: 0 for s in Signal}
    for t in range(1, len(df)):
        daily.append(pos * (close[t] / close[t - 1] - 1))
        if np.isnan(osc[t - 1]).any():
            continue
        sig = classify(osc[t, 0], osc[t, 1], osc[t - 1, 0], osc[t - 1, 1], a.lo, a.hi)
        counts[sig.value] += 1
        if (new := sig.direction) != 0 and new != pos:
            pos = new

    r = np.array(daily)
    eq = np.cumprod(1 + r)
    if (sd := r.std()) > 0:
        sharpe = r.mean() / sd * math.sqrt(252)
    else:
        sharpe = 0.0
    print(f"signals: {counts}")
    print(json.dumps({
        "signals": counts,
        "total_return": round(float(eq[-1] - 1), 4),
        "sharpe": round(float(sharpe), 3),
        "max_dd": round(float(np.min(eq / np.maximum.accumulate(eq) - 1)), 4),
        "final_position": pos,
    }))


if __name__ == "__main__":
    main()
