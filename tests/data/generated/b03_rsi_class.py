# generated: write an RSI trading strategy as a Python class with a backtest method, print stats as JSON
import argparse
import json
import math
from typing import Dict, List, Optional

import numpy as np
import pandas as pd


class RSIStrategy:
    """Buy when RSI is oversold, sell when it is overbought."""

    def __init__(self, period: int = 14, lower: float = 30.0, upper: float = 70.0) -> None:
        self._period = period
        self._lower = lower
        self._upper = upper
        self._trades: List[Dict[str, float]] = []

    @property
    def period(self) -> int:
        return self._period

    @property
    def trades(self) -> List[Dict[str, float]]:
        return list(self._trades)

    @staticmethod
    def _wilder_smooth(values: pd.Series, period: int) -> pd.Series:
        return values.ewm(alpha=1.0 / period, adjust=False).mean()

    def _rsi(self, close: pd.Series) -> pd.Series:
        delta = close.diff()
        gain = delta.clip(lower=0)
        loss = -delta.clip(upper=0)
        avg_gain = self._wilder_smooth(gain, self._period)
        avg_loss = self._wilder_smooth(loss, self._period)
        rs = avg_gain / avg_loss.replace(0, np.nan)
        return 100 - 100 / (1 + rs)

    def run(self, close: pd.Series) -> pd.Series:
        rsi = self._rsi(close)
        equity = [1.0]
        position: Optional[float] = None
        cash = 1.0
        units = 0.0
        for i in range(1, len(close)):
            price = float(close.iloc[i])
            r = rsi.iloc[i]
            if position is None and r < self._lower:
                units = cash / price
                position = price
                cash = 0.0
            elif position is not None and r > self._upper:
                cash = units * price
                self._trades.append({"entry": position, "exit": price, "pnl": price / position - 1})
                units = 0.0
                position = None
            equity.append(cash + units * price)
        return pd.Series(equity, index=close.index)

    def __repr__(self) -> str:
        return f"RSIStrategy(period={self._period}, lower={self._lower}, upper={self._upper})"


def random_walk(n: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    steps = rng.standard_t(df=4, size=n) * 0.01
    return pd.Series(100 * np.exp(np.cumsum(steps)), index=pd.bdate_range("2019-01-01", periods=n))


def summarize(equity: pd.Series, trades: List[Dict[str, float]]) -> Dict[str, float]:
    rets = equity.pct_change().dropna()
    sharpe = rets.mean() / rets.std() * math.sqrt(252) if rets.std() > 0 else 0.0
    wins = [t for t in trades if t["pnl"] > 0]
    return {
        "final_equity": round(float(equity.iloc[-1]), 4),
        "sharpe": round(float(sharpe), 3),
        "max_drawdown": round(float((equity / equity.cummax() - 1).min()), 4),
        "num_trades": len(trades),
        "win_rate": round(len(wins) / len(trades), 3) if trades else 0.0,
        "avg_trade": round(float(np.mean([t["pnl"] for t in trades])), 4) if trades else 0.0,
    }


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--period", type=int, default=14)
    ap.add_argument("--lower", type=float, default=30)
    ap.add_argument("--upper", type=float, default=70)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()

    strat = RSIStrategy(a.period, a.lower, a.upper)
    prices = random_walk(a.n, a.seed)
    print(f"running {strat!r} on {len(prices)} bars")
    eq = strat.run(prices)
    result = summarize(eq, strat.trades)
    result["strategy"] = repr(strat)
    print(json.dumps(result))
