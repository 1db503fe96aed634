# generated: RSI oversold/overbought strategy in pandas, output stats as json, configurable via CLI
import argparse
import json
import time

import numpy as np
import pandas as pd


def synthetic_ohlc(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    close = 100 * np.exp(np.cumsum(rng.normal(0, 0.015, n)))
    high = close * (1 + np.abs(rng.normal(0, 0.007, n)))
    low = close * (1 - np.abs(rng.normal(0, 0.007, n)))
    open_ = np.r_[close[0], close[:-1]]
    idx = pd.bdate_range("2019-01-01", periods=n)
    return pd.DataFrame({"open": open_, "high": high, "low": low, "close": close}, index=idx)


def rsi(close: pd.Series, period: int = 14) -> pd.Series:
    delta = close.diff()
    gain = delta.clip(lower=0)
    loss = -delta.clip(upper=0)
    avg_gain = gain.ewm(alpha=1 / period, adjust=False, min_periods=period).mean()
    avg_loss = loss.ewm(alpha=1 / period, adjust=False, min_periods=period).mean()
    rs = avg_gain / avg_loss.replace(0, np.nan)
    return 100 - 100 / (1 + rs)


def backtest(df: pd.DataFrame, period: int, low: float, high: float) -> pd.DataFrame:
    out = df.copy()
    out["rsi"] = rsi(out["close"], period)
    signal = pd.Series(np.nan, index=out.index)
    signal[out["rsi"] < low] = 1.0
    signal[out["rsi"] > high] = 0.0
    out["position"] = signal.ffill().fillna(0.0)
    out["ret"] = out["close"].pct_change().fillna(0.0)
    out["strat_ret"] = out["position"].shift(1).fillna(0.0) * out["ret"]
    out["equity"] = (1 + out["strat_ret"]).cumprod()
    return out


def summarize(bt: pd.DataFrame) -> dict:
    r = bt["strat_ret"]
    trades = int((bt["position"].diff() == 1).sum())
    wins = []
    entry_price = None
    for price, change in zip(bt["close"], bt["position"].diff().fillna(0)):
        if change == 1:
            entry_price = price
        elif change == -1 and entry_price is not None:
            wins.append(price > entry_price)
            entry_price = None
    return {
        "total_return": round(bt["equity"].iloc[-1] - 1, 4),
        "annual_vol": round(r.std() * np.sqrt(252), 4),
        "sharpe": round(r.mean() / r.std() * np.sqrt(252), 3) if r.std() > 0 else None,
        "max_drawdown": round((bt["equity"] / bt["equity"].cummax() - 1).min(), 4),
        "trades": trades,
        "win_rate": round(sum(wins) / len(wins), 3) if wins else None,
        "exposure": round(bt["position"].mean(), 3),
    }


def main():
    ap = argparse.ArgumentParser(description="RSI strategy backtest")
    ap.add_argument("--period", type=int, default=14)
    ap.add_argument("--oversold", type=float, default=30)
    ap.add_argument("--overbought", type=float, default=70)
    ap.add_argument("--bars", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    t0 = time.perf_counter()
    data = synthetic_ohlc(args.bars, args.seed)
    bt = backtest(data, args.period, args.oversold, args.overbought)
    res = summarize(bt)
    res = {k: (float(v) if isinstance(v, (np.floating, float)) else v) for k, v in res.items()}
    res["elapsed_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    print(f"RSI({args.period}) thresholds {args.oversold}/{args.overbought}")
    print(json.dumps(res))


if __name__ == "__main__":
    main()
