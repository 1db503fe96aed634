# generated: a mean-reversion strategy on daily bars using RSI that prints its backtest statistics as JSON
import argparse
import json
import math
from dataclasses import dataclass, asdict

import numpy as np
import pandas as pd


@dataclass
class Config:
    period: int = 14
    lower: float = 30.0
    upper: float = 70.0
    days: int = 2000
    seed: int = 7


def synthetic_ohlc(days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    # Ornstein-Uhlenbeck-ish log price so mean reversion has something to find
    x = np.zeros(days)
    for i in range(1, days):
        x[i] = x[i - 1] + 0.05 * (0.0 - x[i - 1]) + rng.normal(0, 0.015)
    close = 50 * np.exp(x + np.linspace(0, 0.3, days))
    idx = pd.bdate_range("2015-06-01", periods=days)
    return pd.DataFrame({"close": close}, index=idx)


def rsi(close: pd.Series, period: int) -> pd.Series:
    delta = close.diff()
    gain = delta.clip(lower=0)
    loss = -delta.clip(upper=0)
    avg_gain = gain.ewm(alpha=1 / period, adjust=False).mean()
    avg_loss = loss.ewm(alpha=1 / period, adjust=False).mean()
    rs = avg_gain / avg_loss.replace(0, np.nan)
    return (100 - 100 / (1 + rs)).fillna(50)


def generate_positions(r: pd.Series, lower: float, upper: float) -> pd.Series:
    pos = np.zeros(len(r))
    current = 0
    for i, value in enumerate(r.values):
        if current == 0 and value < lower:
            current = 1
        elif current == 0 and value > upper:
            current = -1
        elif current == 1 and value > 50:
            current = 0
        elif current == -1 and value < 50:
            current = 0
        pos[i] = current
    return pd.Series(pos, index=r.index)


def summarize(returns: pd.Series) -> dict:
    equity = (1 + returns).cumprod()
    n_years = len(returns) / 252
    cagr = equity.iloc[-1] ** (1 / n_years) - 1
    sd = returns.std()
    sharpe = returns.mean() / sd * math.sqrt(252) if sd > 0 else 0.0
    downside = returns[returns < 0].std()
    sortino = returns.mean() / downside * math.sqrt(252) if downside > 0 else 0.0
    max_dd = (equity / equity.cummax() - 1).min()
    wins = (returns > 0).sum()
    active = (returns != 0).sum()
    return {
        "cagr": round(cagr, 4),
        "sharpe": round(sharpe, 3),
        "sortino": round(sortino, 3),
        "max_drawdown": round(max_dd, 4),
        "hit_rate": round(wins / active, 3) if active else None,
    }


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--period", type=int, default=Config.period)
    p.add_argument("--lower", type=float, default=Config.lower)
    p.add_argument("--upper", type=float, default=Config.upper)
    p.add_argument("--days", type=int, default=Config.days)
    p.add_argument("--seed", type=int, default=Config.seed)
    cfg = Config(**vars(p.parse_args()))

    df = synthetic_ohlc(cfg.days, cfg.seed)
    df["rsi"] = rsi(df["close"], cfg.period)
    df["pos"] = generate_positions(df["rsi"], cfg.lower, cfg.upper).shift(1).fillna(0)
    df["ret"] = df["close"].pct_change().fillna(0) * df["pos"]
    print(f"long days: {(df['pos'] > 0).sum()}, short days: {(df['pos'] < 0).sum()}")

    result = {k: float(v) if v is not None else None for k, v in summarize(df["ret"]).items()}
    result["config"] = asdict(cfg)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
