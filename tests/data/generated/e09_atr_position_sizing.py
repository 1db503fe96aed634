# generated: trend strategy with ATR-based position sizing and trailing stop, OHLC synthetic data, JSON stats
import argparse
import json
import math

import numpy as np
import pandas as pd


def synthetic_ohlc(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    close = 100 * np.exp(np.cumsum(rng.normal(0.0003, 0.012, n)))
    open_ = np.r_[close[0], close[:-1]] * (1 + rng.normal(0, 0.002, n))
    hi = np.maximum(open_, close) * (1 + np.abs(rng.normal(0, 0.005, n)))
    lo = np.minimum(open_, close) * (1 - np.abs(rng.normal(0, 0.005, n)))
    return pd.DataFrame({"open": open_, "high": hi, "low": lo, "close": close},
                        index=pd.bdate_range("2016-06-01", periods=n))


def atr(df: pd.DataFrame, n: int = 14) -> pd.Series:
    prev_close = df["close"].shift(1)
    tr = pd.concat([
        df["high"] - df["low"],
        (df["high"] - prev_close).abs(),
        (df["low"] - prev_close).abs(),
    ], axis=1).max(axis=1)
    return tr.ewm(alpha=1 / n, adjust=False).mean()


def backtest(df, risk_per_trade, atr_mult, trend_window, capital):
    df = df.copy()
    df["atr"] = atr(df)
    df["trend"] = df["close"].rolling(trend_window).mean()
    equity = capital
    shares = 0
    stop = 0.0
    curve, trades = [], []
    entry_px = 0.0
    for ts, row in df.iterrows():
        if shares:
            stop = max(stop, row.close - atr_mult * row.atr)
            if row.low <= stop:
                exit_px = min(stop, row.open)
                pnl = shares * (exit_px - entry_px)
                equity += pnl
                trades.append(pnl)
                shares = 0
        elif not math.isnan(row.trend) and row.close > row.trend:
            risk = equity * risk_per_trade
            shares = int(risk / (atr_mult * row.atr))
            entry_px = row.close
            stop = entry_px - atr_mult * row.atr
        curve.append(equity + (shares * (row.close - entry_px) if shares else 0))
    return pd.Series(curve, index=df.index), trades


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--risk", type=float, default=0.01)
    parser.add_argument("--atr-mult", type=float, default=3.0, dest="atr_mult")
    parser.add_argument("--trend", type=int, default=100)
    parser.add_argument("--capital", type=float, default=1e6)
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--bars", type=int, default=1200)
    args = parser.parse_args()
    df = synthetic_ohlc(args.bars, args.seed)
    curve, trades = backtest(df, args.risk, args.atr_mult, args.trend, args.capital)
    rets = curve.pct_change().dropna()
    wins = [t for t in trades if t > 0]
    losses = [t for t in trades if t <= 0]
    payoff = (np.mean(wins) / -np.mean(losses)) if wins and losses else None
    print(f"trades={len(trades)} wins={len(wins)}")
    print(json.dumps({
        "final_equity": round(float(curve.iloc[-1]), 2),
        "sharpe": round(float(rets.mean() / rets.std() * math.sqrt(252)), 3),
        "max_dd": round(float((curve / curve.cummax() - 1).min()), 4),
        "trades": len(trades),
        "hit_rate": round(len(wins) / len(trades), 3) if trades else None,
        "payoff_ratio": round(float(payoff), 3) if payoff else None,
    }))


if __name__ == "__main__":
    main()
