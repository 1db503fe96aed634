# generated: long-format OHLCV for several tickers with a MultiIndex (date, ticker), compute per-ticker signals with groupby, pivot to wide and backtest; print JSON
import argparse
import json

import numpy as np
import pandas as pd


def long_panel(tickers, n, seed):
    rng = np.random.default_rng(seed)
    dates = pd.bdate_range("2016-01-01", periods=n)
    frames = []
    for t in tickers:
        close = rng.uniform(20, 200) * np.exp(np.cumsum(rng.normal(0.0002, rng.uniform(0.01, 0.025), n)))
        vol = rng.integers(1e5, 1e6, n)
        frames.append(pd.DataFrame({"date": dates, "ticker": t, "close": close, "volume": vol}))
    df = pd.concat(frames, ignore_index=True)
    return df.set_index(["date", "ticker"]).sort_index()


def add_features(panel: pd.DataFrame, fast: int, slow: int) -> pd.DataFrame:
    g = panel.groupby(level="ticker", group_keys=False)
    panel = panel.copy()
    panel["ret"] = g["close"].pct_change()
    panel["ma_fast"] = g["close"].transform(lambda s: s.rolling(fast).mean())
    panel["ma_slow"] = g["close"].transform(lambda s: s.rolling(slow).mean())
    panel["vol_z"] = g["volume"].transform(lambda s: (s - s.rolling(20).mean()) / s.rolling(20).std())
    panel["signal"] = np.where(panel["ma_fast"] > panel["ma_slow"], 1.0, 0.0)
    panel.loc[panel["vol_z"] > 2.5, "signal"] = 0.0  # avoid abnormal volume days
    return panel


def backtest(panel: pd.DataFrame) -> pd.DataFrame:
    sig = panel["signal"].unstack("ticker")
    rets = panel["ret"].unstack("ticker").fillna(0)
    n_active = sig.sum(axis=1).replace(0, np.nan)
    weights = sig.div(n_active, axis=0).fillna(0).shift(1).fillna(0)
    return (weights * rets)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tickers", default="AAPL,MSFT,XOM,JPM,KO,NVDA")
    ap.add_argument("--fast", type=int, default=20)
    ap.add_argument("--slow", type=int, default=100)
    ap.add_argument("--days", type=int, default=1600)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()

    tickers = [t.strip().upper() for t in args.tickers.split(",") if t.strip()]
    panel = add_features(long_panel(tickers, args.days, args.seed), args.fast, args.slow)
    contrib = backtest(panel)
    port = contrib.sum(axis=1)
    eq = (1 + port).cumprod()
    per_ticker = contrib.sum().sort_values(ascending=False)
    summary = panel.groupby(level="ticker").agg(avg_ret=("ret", "mean"), time_long=("signal", "mean"))
    monthly = port.resample("M").apply(lambda r: (1 + r).prod() - 1)
    print(summary.round(4).to_string())
    print(json.dumps({
        "tickers": tickers,
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(port.mean() / port.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "pct_positive_months": round(float((monthly > 0).mean()), 3),
        "contribution": per_ticker.round(4).to_dict(),
    }))


if __name__ == "__main__":
    main()
