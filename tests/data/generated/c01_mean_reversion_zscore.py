# generated: a mean-reversion strategy on daily bars that prints its backtest statistics as JSON
"""Simple z-score mean-reversion backtest on synthetic daily bars."""
import argparse
import json
import math

import numpy as np
import pandas as pd


def make_prices(n_days: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    # Ornstein-Uhlenbeck-ish log price so mean reversion has something to find
    x = np.zeros(n_days)
    for t in range(1, n_days):
        x[t] = x[t - 1] + 0.05 * (0.0 - x[t - 1]) + rng.normal(0, 0.01)
    idx = pd.bdate_range("2020-01-01", periods=n_days)
    return pd.Series(100 * np.exp(x + np.linspace(0, 0.2, n_days)), index=idx, name="close")


def generate_signals(close: pd.Series, lookback: int, entry: float, exit_: float) -> pd.Series:
    mean = close.rolling(lookback).mean()
    std = close.rolling(lookback).std()
    z = (close - mean) / std
    position = pd.Series(np.nan, index=close.index)
    position[z < -entry] = 1.0
    position[z > entry] = -1.0
    position[z.abs() < exit_] = 0.0
    return position.ffill().fillna(0.0)


def backtest(close: pd.Series, position: pd.Series, cost_bps: float) -> dict:
    rets = close.pct_change().fillna(0.0)
    pos = position.shift(1).fillna(0.0)
    turnover = pos.diff().abs().fillna(0.0)
    strat = pos * rets - turnover * cost_bps / 1e4
    equity = (1 + strat).cumprod()
    dd = equity / equity.cummax() - 1
    ann = 252
    sharpe = strat.mean() / strat.std() * math.sqrt(ann) if strat.std() > 0 else 0.0
    years = len(strat) / ann
    cagr = equity.iloc[-1] ** (1 / years) - 1
    trades = int((turnover > 0).sum())
    return {
        "total_return": float(equity.iloc[-1] - 1),
        "cagr": float(cagr),
        "sharpe": float(sharpe),
        "max_drawdown": float(dd.min()),
        "trades": trades,
        "exposure": float((pos != 0).mean()),
    }


def main():
    parser = argparse.ArgumentParser(description="Z-score mean reversion backtest")
    parser.add_argument("--days", type=int, default=1000)
    parser.add_argument("--lookback", type=int, default=20)
    parser.add_argument("--entry", type=float, default=1.5)
    parser.add_argument("--exit", type=float, default=0.25)
    parser.add_argument("--cost-bps", type=float, default=2.0)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    close = make_prices(args.days, args.seed)
    print(f"Generated {len(close)} bars from {close.index[0].date()} to {close.index[-1].date()}")
    pos = generate_signals(close, args.lookback, args.entry, args.exit)
    stats = backtest(close, pos, args.cost_bps)
    stats = {k: round(v, 4) if isinstance(v, float) else v for k, v in stats.items()}
    stats["params"] = {"lookback": args.lookback, "entry": args.entry, "exit": args.exit}
    print(json.dumps(stats))


if __name__ == "__main__":
    main()
