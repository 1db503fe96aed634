# generated: volume-based strategy using OBV divergence and a rolling VWAP filter; synthetic price/volume, JSON output
import argparse
import json

import numpy as np
import pandas as pd


def synth(n, seed):
    rng = np.random.default_rng(seed)
    r = rng.normal(0.0002, 0.013, n)
    # volume is higher on big moves and has its own slow cycle
    vol = (1e6 * (1 + 0.5 * np.sin(np.arange(n) / 30)) * (1 + 20 * np.abs(r)) * rng.lognormal(0, 0.3, n)).astype(int)
    close = 25 * np.exp(np.cumsum(r))
    return pd.DataFrame({"close": close, "volume": vol}, index=pd.bdate_range("2017-03-01", periods=n))


def obv(df):
    direction = np.sign(df.close.diff()).fillna(0)
    return (direction * df.volume).cumsum()


def rolling_vwap(df, n):
    pv = (df.close * df.volume).rolling(n).sum()
    return pv / df.volume.rolling(n).sum()


def slope(series, n):
    x = np.arange(n) - (n - 1) / 2
    denom = (x ** 2).sum()
    return series.rolling(n).apply(lambda y: np.dot(x, y - y.mean()) / denom, raw=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--obv-window", type=int, default=20)
    ap.add_argument("--vwap-window", type=int, default=50)
    ap.add_argument("--seed", type=int, default=38)
    a = ap.parse_args()

    df = synth(1800, a.seed)
    df["obv"] = obv(df)
    df["vwap"] = rolling_vwap(df, a.vwap_window)
    df["price_slope"] = slope(np.log(df.close), a.obv_window)
    df["obv_slope"] = slope(df.obv / df.volume.mean(), a.obv_window)
    df["rel_vol"] = df.volume / df.volume.rolling(20).mean()

    bull_div = (df.price_slope < 0) & (df.obv_slope > 0)
    bear_div = (df.price_slope > 0) & (df.obv_slope < 0)
    df["pos"] = np.where(bull_div & (df.close > df.vwap), 1, np.where(bear_div & (df.close < df.vwap), -1, 0))
    df["pos"] = df["pos"].replace(0, np.nan).ffill(limit=10).fillna(0)

    df["ret"] = df.close.pct_change().fillna(0)
    df["strat"] = df.pos.shift().fillna(0) * df.ret
    eq = (1 + df.strat).cumprod()

    high_vol_days = df[df.rel_vol > 1.5]
    q = df.groupby(pd.qcut(df.rel_vol.rank(method="first"), 5, labels=[f"Q{i}" for i in range(1, 6)]))["ret"].agg(
        lambda s: s.abs().mean())
    print("avg |ret| by relative-volume quintile:", {k: round(float(v), 5) for k, v in q.items()})
    print(json.dumps({
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(df.strat.mean() / df.strat.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "bull_divergence_days": int(bull_div.sum()),
        "bear_divergence_days": int(bear_div.sum()),
        "high_volume_days": int(len(high_vol_days)),
        "long_share": round(float((df.pos > 0).mean()), 3),
        "short_share": round(float((df.pos < 0).mean()), 3),
    }))


if __name__ == "__main__":
    main()
