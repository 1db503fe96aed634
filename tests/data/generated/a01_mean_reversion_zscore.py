# generated: a mean-reversion strategy on daily bars that prints its backtest statistics as JSON
"""Simple z-score mean-reversion backtest on synthetic daily bars."""
import argparse
import json
import math

import numpy as np
import pandas as pd


def make_prices(n_days: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    # Ornstein-Uhlenbeck-ish process so mean reversion has something to find
    x = np.zeros(n_days)
    for t in range(1, n_days):
        x[t] = x[t - 1] * 0.97 + rng.normal(0, 0.01)
    trend = np.cumsum(rng.normal(0.0002, 0.005, n_days))
    prices = 100 * np.exp(x + trend)
    idx = pd.bdate_range("2018-01-01", periods=n_days)
    return pd.Series(prices, index=idx, name="close")


def zscore(series: pd.Series, window: int) -> pd.Series:
    mean = series.rolling(window).mean()
    std = series.rolling(window).std(ddof=0)
    return (series - mean) / std


def generate_positions(z: pd.Series, entry: float, exit_: float) -> pd.Series:
    pos = np.zeros(len(z))
    current = 0
    for i, value in enumerate(z.values):
        if np.isnan(value):
            pos[i] = 0
            continue
        if current == 0:
            if value > entry:
                current = -1
            elif value < -entry:
                current = 1
        elif current == 1 and value >= -exit_:
            current = 0
        elif current == -1 and value <= exit_:
            current = 0
        pos[i] = current
    return pd.Series(pos, index=z.index)


def stats(returns: pd.Series) -> dict:
    equity = (1 + returns).cumprod()
    total = equity.iloc[-1] - 1
    years = len(returns) / 252
    cagr = equity.iloc[-1] ** (1 / years) - 1 if years > 0 else 0.0
    vol = returns.std() * math.sqrt(252)
    sharpe = returns.mean() / returns.std() * math.sqrt(252) if returns.std() > 0 else 0.0
    drawdown = equity / equity.cummax() - 1
    return {
        "total_return": round(float(total), 4),
        "cagr": round(float(cagr), 4),
        "volatility": round(float(vol), 4),
        "sharpe": round(float(sharpe), 3),
        "max_drawdown": round(float(drawdown.min()), 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Z-score mean reversion backtest")
    parser.add_argument("--days", type=int, default=1500)
    parser.add_argument("--window", type=int, default=20)
    parser.add_argument("--entry", type=float, default=1.5)
    parser.add_argument("--exit", dest="exit_", type=float, default=0.25)
    parser.add_argument("--cost-bps", type=float, default=2.0)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    prices = make_prices(args.days, args.seed)
    z = zscore(prices, args.window)
    positions = generate_positions(z, args.entry, args.exit_)
    daily = prices.pct_change().fillna(0)
    strat = positions.shift(1).fillna(0) * daily
    turnover = positions.diff().abs().fillna(0)
    strat = strat - turnover * args.cost_bps / 10_000

    print(f"backtest from {prices.index[0].date()} to {prices.index[-1].date()}")
    result = stats(strat)
    result["trades"] = int((turnover > 0).sum())
    result["time_in_market"] = round(float((positions != 0).mean()), 3)
    result["params"] = {"window": args.window, "entry": args.entry, "exit": args.exit_}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
