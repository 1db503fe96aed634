# generated: trend following with ATR trailing stop and position sizing by volatility, OHLC random data, json stats
import argparse
import json
import math

import numpy as np
import pandas as pd


def make_ohlc(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    drift = np.repeat(rng.normal(0, 0.002, n // 100 + 1), 100)[:n]
    r = drift + rng.normal(0, 0.012, n)
    close = 100 * np.exp(np.cumsum(r))
    spread = np.abs(rng.normal(0, 0.008, n)) * close
    open_ = np.concatenate([[close[0]], close[:-1]])
    high = np.maximum(open_, close) + spread
    low = np.minimum(open_, close) - spread
    return pd.DataFrame({"open": open_, "high": high, "low": low, "close": close},
                        index=pd.bdate_range("2014-01-01", periods=n))


def atr(df: pd.DataFrame, n: int = 14) -> pd.Series:
    prev_close = df["close"].shift(1)
    tr = pd.concat([
        df["high"] - df["low"],
        (df["high"] - prev_close).abs(),
        (df["low"] - prev_close).abs(),
    ], axis=1).max(axis=1)
    return tr.ewm(alpha=1 / n, adjust=False).mean()


def backtest(df, breakout, atr_mult, risk_per_trade, capital):
    df = df.copy()
    df["atr"] = atr(df)
    df["hh"] = df["high"].rolling(breakout).max().shift(1)
    equity = capital
    units = 0.0
    stop = None
    curve, trades = [], []
    entry_px = 0.0
    for ts, row in df.iterrows():
        if units > 0:
            stop = max(stop, row.close - atr_mult * row.atr)
            if row.low <= stop:
                exit_px = min(row.open, stop)
                equity += units * (exit_px - entry_px)
                trades.append(exit_px / entry_px - 1)
                units, stop = 0.0, None
        elif not math.isnan(row.hh) and row.close > row.hh and row.atr > 0:
            risk = equity * risk_per_trade
            units = risk / (atr_mult * row.atr)
            units = min(units, equity / row.close)
            entry_px = row.close
            stop = row.close - atr_mult * row.atr
        mtm = equity + (units * (row.close - entry_px) if units else 0.0)
        curve.append(mtm)
    return pd.Series(curve, index=df.index), trades


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--breakout", type=int, default=55)
    ap.add_argument("--atr-mult", type=float, default=3.0)
    ap.add_argument("--risk", type=float, default=0.01)
    ap.add_argument("--capital", type=float, default=1e6)
    ap.add_argument("--seed", type=int, default=8)
    a = ap.parse_args()

    df = make_ohlc(a.n, a.seed)
    curve, trades = backtest(df, a.breakout, a.atr_mult, a.risk, a.capital)
    rets = curve.pct_change().dropna()
    print(f"{len(trades)} trades closed")
    out = dict(
        final_equity=round(float(curve.iloc[-1]), 2),
        total_return=round(float(curve.iloc[-1] / a.capital - 1), 4),
        sharpe=round(float(rets.mean() / rets.std() * math.sqrt(252)), 3),
        max_drawdown=round(float((curve / curve.cummax() - 1).min()), 4),
        trades=len(trades),
        win_rate=round(float(np.mean([t > 0 for t in trades])), 3) if trades else None,
        avg_win=round(float(np.mean([t for t in trades if t > 0] or [0])), 4),
        avg_loss=round(float(np.mean([t for t in trades if t <= 0] or [0])), 4),
    )
    print(json.dumps(out))


if __name__ == "__main__":
    main()
