# generated: Kelly criterion position sizing on a simple trend signal, compare full/half/quarter Kelly, output json
import argparse
import json
import math
import random
import statistics
from functools import lru_cache

import numpy as np
import pandas as pd


def make_prices(n, seed):
    random.seed(seed)
    price = 100.0
    out = []
    for _ in range(n):
        price *= math.exp(random.gauss(0.0003, 0.012))
        out.append(price)
    return pd.Series(out, index=pd.bdate_range("2015-01-01", periods=n))


@lru_cache(maxsize=None)
def kelly_fraction(win_prob: float, win_loss_ratio: float) -> float:
    """Classic Kelly: f* = p - (1 - p) / b."""
    if win_loss_ratio <= 0:
        return 0.0
    return max(0.0, win_prob - (1 - win_prob) / win_loss_ratio)


def continuous_kelly(mu: float, var: float) -> float:
    return mu / var if var > 0 else 0.0


def rolling_kelly(signal_rets: pd.Series, window: int) -> pd.Series:
    mu = signal_rets.rolling(window).mean()
    var = signal_rets.rolling(window).var()
    f = (mu / var).clip(lower=0, upper=5)
    return f.shift(1).fillna(0)


def stats(rets):
    eq = (1 + rets).cumprod()
    vals = rets.tolist()
    sd = statistics.stdev(vals)
    return {
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(statistics.mean(vals) / sd * math.sqrt(252), 3) if sd else 0.0,
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "geo_growth_daily": round(float(np.log1p(rets).mean()), 6),
    }


def main():
    p = argparse.ArgumentParser(description="Kelly sizing comparison")
    p.add_argument("--bars", type=int, default=2000)
    p.add_argument("--window", type=int, default=120)
    p.add_argument("--trend", type=int, default=50)
    p.add_argument("--seed", type=int, default=123)
    p.add_argument("--fractions", type=float, nargs="*", default=[1.0, 0.5, 0.25])
    args = p.parse_args()

    close = make_prices(args.bars, args.seed)
    daily = close.pct_change().fillna(0)
    signal = (close > close.rolling(args.trend).mean()).astype(float).shift(1).fillna(0)
    raw = signal * daily

    active = raw[signal > 0]
    wins = active[active > 0]
    losses = active[active < 0]
    p_win = round(len(wins) / max(len(active), 1), 4)
    b = round(wins.mean() / abs(losses.mean()), 4) if len(losses) else 0.0
    discrete_f = kelly_fraction(p_win, b)
    cont_f = continuous_kelly(active.mean(), active.var())
    print(f"p(win)={p_win:.3f} b={b:.3f} discrete kelly={discrete_f:.3f} continuous kelly={cont_f:.2f}")

    f_series = rolling_kelly(raw, args.window)
    results = {"unlevered": stats(raw)}
    for frac in args.fractions:
        lev = (f_series * frac).clip(upper=3)
        r = lev * raw
        results[f"kelly_{frac:g}"] = stats(r)
        results[f"kelly_{frac:g}"]["avg_leverage"] = round(float(lev[signal > 0].mean()), 3)
    print(json.dumps({
        "win_prob": p_win,
        "win_loss_ratio": b,
        "discrete_kelly": round(discrete_f, 4),
        "continuous_kelly": round(float(cont_f), 3),
        "results": results,
        "cache": kelly_fraction.cache_info()._asdict(),
    }))


if __name__ == "__main__":
    main()
