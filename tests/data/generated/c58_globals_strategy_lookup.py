# generated: let the user choose a position-sizing function by name (--sizer fixed|volatility|kelly) and run a trend strategy with it; print JSON
import argparse
import json

import numpy as np
import pandas as pd


def sizer_fixed(signal, returns, **_):
    return signal


def sizer_volatility(signal, returns, target=0.15, window=20, **_):
    vol = returns.rolling(window).std() * np.sqrt(252)
    return (signal * target / vol).clip(-3, 3)


def sizer_kelly(signal, returns, window=250, fraction=0.5, **_):
    strat = signal.shift() * returns
    mu = strat.rolling(window).mean()
    var = strat.rolling(window).var()
    f = (mu / var * fraction).clip(0, 4).fillna(0)
    return signal * f


SIZERS = {name[len("sizer_"):]: fn for name, fn in globals().items() if name.startswith("sizer_")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizer", choices=sorted(SIZERS), default="volatility")
    ap.add_argument("--fast", type=int, default=20)
    ap.add_argument("--slow", type=int, default=120)
    ap.add_argument("--seed", type=int, default=74)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    n = 2500
    vol_regime = np.repeat(rng.choice([0.006, 0.012, 0.025], n // 125 + 1), 125)[:n]
    trend = np.repeat(rng.normal(0.0002, 0.001, n // 200 + 1), 200)[:n]
    close = pd.Series(100 * np.exp(np.cumsum(trend + rng.normal(0, 1, n) * vol_regime)),
                      index=pd.bdate_range("2010-01-01", periods=n))
    ret = close.pct_change().fillna(0)
    signal = pd.Series(np.where(close.ewm(span=a.fast).mean() > close.ewm(span=a.slow).mean(), 1.0, -1.0),
                       index=close.index)

    out = {}
    for name, fn in SIZERS.items():
        pos = fn(signal, ret).fillna(0)
        r = pos.shift().fillna(0) * ret
        eq = (1 + r).cumprod()
        out[name] = {"sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
                     "ann_vol": round(float(r.std() * np.sqrt(252)), 4),
                     "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
                     "avg_abs_pos": round(float(pos.abs().mean()), 3)}
        print(f"{name:>10}: {out[name]}")
    print(json.dumps({"selected": a.sizer, "selected_stats": out[a.sizer], "all": out}))


if __name__ == "__main__":
    main()
