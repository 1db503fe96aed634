# generated: write a moving average crossover strategy as a class with a backtest method and JSON output
import argparse
import json
from dataclasses import dataclass, asdict

import numpy as np
import pandas as pd


@dataclass
class BacktestResult:
    total_return: float
    sharpe: float
    max_drawdown: float
    n_trades: int
    win_rate: float

    def rounded(self, digits: int = 4) -> dict:
        return {k: (round(v, digits) if isinstance(v, float) else v) for k, v in asdict(self).items()}


class SmaCrossover:
    def __init__(self, fast: int = 10, slow: int = 50, fee_bps: float = 5.0):
        if fast >= slow:
            raise ValueError("fast window must be shorter than slow window")
        self.fast = fast
        self.slow = slow
        self._fee = fee_bps / 10_000

    def _signals(self, close: pd.Series) -> pd.Series:
        fast_ma = close.rolling(self.fast).mean()
        slow_ma = close.rolling(self.slow).mean()
        return (fast_ma > slow_ma).astype(int)

    def _trade_returns(self, close: pd.Series, pos: pd.Series) -> list:
        entries = pos.diff() == 1
        exits = pos.diff() == -1
        results, entry_price = [], None
        for ts in close.index:
            if entries.get(ts, False):
                entry_price = close[ts]
            elif exits.get(ts, False) and entry_price is not None:
                results.append(close[ts] / entry_price - 1)
                entry_price = None
        return results

    def backtest(self, close: pd.Series) -> BacktestResult:
        pos = self._signals(close)
        ret = close.pct_change().fillna(0)
        turnover = pos.diff().abs().fillna(0)
        strat = pos.shift(1).fillna(0) * ret - turnover * self._fee
        equity = (1 + strat).cumprod()
        sharpe = np.sqrt(252) * strat.mean() / strat.std() if strat.std() > 0 else 0.0
        trades = self._trade_returns(close, pos)
        wins = sum(1 for t in trades if t > 0)
        return BacktestResult(
            total_return=float(equity.iloc[-1] - 1),
            sharpe=float(sharpe),
            max_drawdown=float((equity / equity.cummax() - 1).min()),
            n_trades=len(trades),
            win_rate=float(wins / len(trades)) if trades else 0.0,
        )


def synthetic_close(n: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    drift = 0.0003
    steps = rng.standard_normal(n) * 0.015 + drift
    idx = pd.date_range("2018-01-01", periods=n, freq="B")
    return pd.Series(50 * np.exp(steps.cumsum()), index=idx)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--fast", type=int, default=10)
    p.add_argument("--slow", type=int, default=50)
    p.add_argument("--bars", type=int, default=1500)
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    close = synthetic_close(a.bars, a.seed)
    strategy = SmaCrossover(a.fast, a.slow)
    res = strategy.backtest(close)
    print(f"SMA({a.fast},{a.slow}) on {a.bars} bars -> {res.n_trades} trades")
    print(json.dumps(res.rounded()))
