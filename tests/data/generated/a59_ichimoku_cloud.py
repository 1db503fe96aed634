# generated: Ichimoku cloud strategy (tenkan, kijun, senkou spans) on synthetic daily OHLC, long when price above cloud and tenkan > kijun; print JSON summary
import argparse
import json

import numpy as np
import pandas as pd


def ohlc(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    close = 1500 * np.exp(np.cumsum(rng.normal(0.0003, 0.012, n)))
    hl = np.abs(rng.normal(0, 0.007, n)) * close
    return pd.DataFrame({"high": close + hl, "low": close - hl, "close": close},
                        index=pd.bdate_range("2012-01-02", periods=n))


def midpoint(df: pd.DataFrame, n: int) -> pd.Series:
    return (df["high"].rolling(n).max() + df["low"].rolling(n).min()) / 2


def ichimoku(df: pd.DataFrame, tenkan=9, kijun=26, senkou_b=52, shift=26) -> pd.DataFrame:
    out = pd.DataFrame(index=df.index)
    out["tenkan"] = midpoint(df, tenkan)
    out["kijun"] = midpoint(df, kijun)
    out["span_a"] = ((out["tenkan"] + out["kijun"]) / 2).shift(shift)
    out["span_b"] = midpoint(df, senkou_b).shift(shift)
    out["cloud_top"] = out[["span_a", "span_b"]].max(axis=1)
    out["cloud_bottom"] = out[["span_a", "span_b"]].min(axis=1)
    return out


def main():
    ap = argparse.ArgumentParser(description="Ichimoku strategy")
    ap.add_argument("--bars", type=int, default=2500)
    ap.add_argument("--tenkan", type=int, default=9)
    ap.add_argument("--kijun", type=int, default=26)
    ap.add_argument("--senkou-b", type=int, default=52)
    ap.add_argument("--allow-short", action="store_true")
    ap.add_argument("--seed", type=int, default=26)
    args = ap.parse_args()

    df = ohlc(args.bars, args.seed)
    ich = ichimoku(df, args.tenkan, args.kijun, args.senkou_b)
    above = df["close"] > ich["cloud_top"]
    below = df["close"] < ich["cloud_bottom"]
    tk_up = ich["tenkan"] > ich["kijun"]
    pos = pd.Series(0.0, index=df.index)
    pos[above & tk_up] = 1.0
    if args.allow_short:
        pos[below & ~tk_up] = -1.0
    pos = pos.shift(1).fillna(0)
    r = pos * df["close"].pct_change().fillna(0)
    eq = (1 + r).cumprod()
    state = np.select([above, below], ["above", "below"], default="inside")
    state_counts = pd.Series(state, index=df.index).value_counts(normalize=True).round(3).to_dict()
    fwd = df["close"].pct_change(10).shift(-10)
    fwd_by_state = fwd.groupby(state).mean().round(5).to_dict()
    print(f"price vs cloud: {state_counts}")
    print(json.dumps({
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "exposure": round(float((pos != 0).mean()), 3),
        "time_by_state": state_counts,
        "fwd_10d_return_by_state": fwd_by_state,
    }))


if __name__ == "__main__":
    main()
