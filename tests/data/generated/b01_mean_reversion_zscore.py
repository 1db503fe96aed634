# generated: a mean-reversion strategy on daily bars that prints its backtest statistics as JSON
import argparse
import json
import math

import numpy as np
import pandas as pd


def make_prices(n_days: int, seed: int, start: float = 100.0) -> pd.Series:
    rng = np.random.default_rng(seed)
    # Ornstein-Uhlenbeck-ish process so mean reversion has something to find
    x = np.empty(n_days)
    x[0] = 0.0
    for i in range(1, n_days):
        x[i] = 0.97 * x[i - 1] + rng.normal(0, 0.01)
    trend = np.cumsum(rng.normal(0.0002, 0.004, n_days))
    prices = start * np.exp(trend + x)
    idx = pd.bdate_range("2018-01-01", periods=n_days)
    return pd.Series(prices, index=idx, name="close")


def zscore(series: pd.Series, window: int) -> pd.Series:
    mean = series.rolling(window).mean()
    std = series.rolling(window).std(ddof=0)
    return (series - mean) / std


def generate_positions(z: pd.Series, entry: float, exit_: float) -> pd.Series:
    pos = np.zeros(len(z))
    current = 0
    for i, val in enumerate(z.values):
        if np.isnan(val):
            pos[i] = 0
            continue
        if current == 0:
            if val > entry:
                current = -1
            elif val < -entry:
                current = 1
        elif current == 1 and val >= -exit_:
            current = 0
        elif current == -1 and val <= exit_:
            current = 0
        pos[i] = current
    return pd.Series(pos, index=z.index)


def backtest(prices: pd.Series, positions: pd.Series, cost_bps: float) -> pd.Series:
    rets = prices.pct_change().fillna(0.0)
    held = positions.shift(1).fillna(0.0)
    turnover = positions.diff().abs().fillna(0.0)
    return held * rets - turnover * cost_bps / 10_000


def stats(strategy_returns: pd.Series) -> dict:
    equity = (1 + strategy_returns).cumprod()
    total = equity.iloc[-1] - 1
    years = len(strategy_returns) / 252
    cagr = equity.iloc[-1] ** (1 / years) - 1 if years > 0 else 0.0
    vol = strategy_returns.std() * math.sqrt(252)
    sharpe = (strategy_returns.mean() * 252) / vol if vol > 0 else 0.0
    dd = equity / equity.cummax() - 1
    return {
        "total_return": round(float(total), 4),
        "cagr": round(float(cagr), 4),
        "volatility": round(float(vol), 4),
        "sharpe": round(float(sharpe), 3),
        "max_drawdown": round(float(dd.min()), 4),
        "hit_rate": round(float((strategy_returns[strategy_returns != 0] > 0).mean()), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Z-score mean reversion backtest")
    parser.add_argument("--days", type=int, default=1500)
    parser.add_argument("--window", type=int, default=20)
    parser.add_argument("--entry", type=float, default=1.5)
    parser.add_argument("--exit", type=float, default=0.25)
    parser.add_argument("--cost-bps", type=float, default=2.0)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    prices = make_prices(args.days, args.seed)
    z = zscore(prices, args.window)
    positions = generate_positions(z, args.entry, args.exit)
    strat = backtest(prices, positions, args.cost_bps)
    result = stats(strat)
    result["trades"] = int((positions.diff().abs() > 0).sum())
    result["params"] = {"window": args.window, "entry": args.entry, "exit": args.exit}
    print(f"backtested {len(prices)} bars from {prices.index[0].date()} to {prices.index[-1].date()}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
