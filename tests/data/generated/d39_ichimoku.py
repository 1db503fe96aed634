# generated: Ichimoku cloud strategy (tenkan, kijun, senkou spans, chikou) implemented with pandas rolling and shift on synthetic data, print backtest metrics as JSON
import argparse
import json
import math

import numpy as np
import pandas as pd


def data(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    regime = np.cumsum(rng.normal(0, 0.00002, n))
    c = 1.1 * np.exp(np.cumsum(regime + rng.normal(0, 0.006, n)))  # FX-like
    hl = np.abs(rng.normal(0, 0.004, n)) * c
    return pd.DataFrame({"high": c + hl, "low": c - hl, "close": c},
                        index=pd.bdate_range("2014-01-01", periods=n))


def midpoint(df: pd.DataFrame, n: int) -> pd.Series:
    return (df["high"].rolling(n).max() + df["low"].rolling(n).min()) / 2


def ichimoku(df: pd.DataFrame, t: int = 9, k: int = 26, s: int = 52) -> pd.DataFrame:
    out = pd.DataFrame(index=df.index)
    out["tenkan"] = midpoint(df, t)
    out["kijun"] = midpoint(df, k)
    out["span_a"] = ((out["tenkan"] + out["kijun"]) / 2).shift(k)
    out["span_b"] = midpoint(df, s).shift(k)
    out["chikou"] = df["close"].shift(-k)  # only for charting: looks ahead, never used in signals
    out["cloud_top"] = out[["span_a", "span_b"]].max(axis=1)
    out["cloud_bot"] = out[["span_a", "span_b"]].min(axis=1)
    return out


def signals(df: pd.DataFrame, ich: pd.DataFrame) -> pd.Series:
    above = df["close"] > ich["cloud_top"]
    below = df["close"] < ich["cloud_bot"]
    tk_bull = ich["tenkan"] > ich["kijun"]
    sig = pd.Series(0.0, index=df.index)
    sig[above & tk_bull] = 1.0
    sig[below & ~tk_bull] = -1.0
    return sig


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tenkan", type=int, default=9)
    ap.add_argument("--kijun", type=int, default=26)
    ap.add_argument("--senkou", type=int, default=52)
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=48)
    a = ap.parse_args()

    df = data(a.n, a.seed)
    ich = ichimoku(df, a.tenkan, a.kijun, a.senkou)
    pos = signals(df, ich).shift(1).fillna(0)
    r = pos * df["close"].pct_change().fillna(0)
    eq = (1 + r).cumprod()
    flips = int((pos.diff().abs() > 0).sum())
    state_counts = pos.map({1.0: "long", -1.0: "short", 0.0: "flat"}).value_counts().to_dict()
    yearly = r.groupby(r.index.year).sum().round(4)
    print("years:", ", ".join(f"{y}: {v:+.2%}" for y, v in yearly.items()))
    print(json.dumps({
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "ann_vol": round(float(r.std() * math.sqrt(252)), 4),
        "sharpe": round(float(r.mean() / r.std() * math.sqrt(252)), 3) if r.std() > 0 else None,
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "position_changes": flips,
        "state_days": {k: int(v) for k, v in state_counts.items()},
        "yearly_sum": {str(k): float(v) for k, v in yearly.items()},
    }))


if __name__ == "__main__":
    main()
