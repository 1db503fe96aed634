# generated: a mean-reversion strategy on daily bars that prints its backtest statistics as JSON
import argparse
import json
import math

import numpy as np
import pandas as pd


def make_prices(n_days: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    returns = rng.normal(0.0002, 0.012, n_days)
    prices = 100 * np.exp(np.cumsum(returns))
    idx = pd.bdate_range("2020-01-01", periods=n_days)
    return pd.Series(prices, index=idx, name="close")


def zscore(series: pd.Series, window: int) -> pd.Series:
    mean = series.rolling(window).mean()
    std = series.rolling(window).std()
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
        elif current == 1 and value > -exit_:
            current = 0
        elif current == -1 and value < exit_:
            current = 0
        pos[i] = current
    return pd.Series(pos, index=z.index)


def stats(returns: pd.Series) -> dict:
    equity = (1 + returns).cumprod()
    total = equity.iloc[-1] - 1
    ann_ret = (1 + total) ** (252 / len(returns)) - 1
    vol = returns.std() * math.sqrt(252)
    sharpe = ann_ret / vol if vol > 0 else 0.0
    dd = (equity / equity.cummax() - 1).min()
    return {
        "total_return": round(float(total), 4),
        "annual_return": round(float(ann_ret), 4),
        "annual_vol": round(float(vol), 4),
        "sharpe": round(float(sharpe), 3),
        "max_drawdown": round(float(dd), 4),
    }


def main():
    parser = argparse.ArgumentParser(description="Z-score mean reversion backtest")
    parser.add_argument("--days", type=int, default=1000)
    parser.add_argument("--window", type=int, default=20)
    parser.add_argument("--entry", type=float, default=2.0)
    parser.add_argument("--exit", type=float, default=0.5)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    prices = make_prices(args.days, args.seed)
    z = zscore(prices, args.window)
    positions = generate_positions(z, args.entry, args.exit)
    daily_ret = prices.pct_change().fillna(0)
    strat_ret = positions.shift(1).fillna(0) * daily_ret
    trades = int((positions.diff().abs() > 0).sum())
    print(f"Backtested {len(prices)} bars, {trades} position changes")
    result = stats(strat_ret)
    result["trades"] = trades
    print(json.dumps(result))


if __name__ == "__main__":
    main()
