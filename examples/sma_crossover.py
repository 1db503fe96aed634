"""Moving-average crossover backtest over deterministic synthetic prices.

Long when the fast simple moving average is above the slow one, flat
otherwise; trades at the next bar's close. Prints one JSON object with the
strategy's metrics as the last line of stdout, which sandexec takes as the
result.
"""
import json

import numpy as np
import pandas as pd

FAST, SLOW = 20, 50
DAYS = 1000
SEED = 7


def synthetic_prices(days: int, seed: int) -> pd.Series:
    """Geometric random walk with a mild drift: the same series every run."""
    rng = np.random.default_rng(seed)
    returns = rng.normal(loc=0.0004, scale=0.012, size=days)
    prices = 100.0 * np.exp(np.cumsum(returns))
    index = pd.bdate_range("2020-01-01", periods=days)
    return pd.Series(prices, index=index, name="close")


def backtest(close: pd.Series) -> dict:
    fast = close.rolling(FAST).mean()
    slow = close.rolling(SLOW).mean()
    signal = (fast > slow).astype(float)
    position = signal.shift(1).fillna(0.0)  # act on the next bar
    daily = close.pct_change().fillna(0.0) * position
    equity = (1.0 + daily).cumprod()

    years = len(close) / 252.0
    annual_return = float(equity.iloc[-1] ** (1.0 / years) - 1.0)
    vol = float(daily.std())
    sharpe = float(daily.mean() / vol * np.sqrt(252.0)) if vol > 0 else 0.0
    drawdown = equity / equity.cummax() - 1.0
    trades = int(position.diff().abs().fillna(0.0).sum())
    return {
        "strategy": f"sma_crossover_{FAST}_{SLOW}",
        "bars": int(len(close)),
        "sharpe": round(sharpe, 4),
        "annual_return": round(annual_return, 6),
        "max_drawdown": round(float(drawdown.min()), 6),
        "trades": trades,
        "final_equity": round(float(equity.iloc[-1]), 6),
    }


if __name__ == "__main__":
    metrics = backtest(synthetic_prices(DAYS, SEED))
    print(f"backtest over {metrics['bars']} bars done")
    print(json.dumps(metrics))
