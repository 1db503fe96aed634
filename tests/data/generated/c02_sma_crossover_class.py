# generated: write a moving average crossover strategy as a Python class with a backtest method, output JSON stats
from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass, asdict

import numpy as np
import pandas as pd


@dataclass
class BacktestResult:
    total_return: float
    annual_vol: float
    sharpe: float
    max_drawdown: float
    win_rate: float
    n_trades: int
    elapsed_ms: float


class SMACrossoverStrategy:
    """Long when fast SMA is above slow SMA, flat (or short) otherwise."""

    def __init__(self, fast: int = 10, slow: int = 50, allow_short: bool = False):
        if fast >= slow:
            raise ValueError("fast window must be shorter than slow window")
        self._fast = fast
        self._slow = slow
        self._allow_short = allow_short
        self._signals: pd.Series | None = None

    @property
    def fast(self) -> int:
        return self._fast

    @property
    def slow(self) -> int:
        return self._slow

    def __repr__(self) -> str:
        return f"SMACrossoverStrategy(fast={self._fast}, slow={self._slow}, short={self._allow_short})"

    def _compute_signals(self, prices: pd.Series) -> pd.Series:
        fast_ma = prices.rolling(self._fast).mean()
        slow_ma = prices.rolling(self._slow).mean()
        low = -1.0 if self._allow_short else 0.0
        sig = np.where(fast_ma > slow_ma, 1.0, low)
        sig = pd.Series(sig, index=prices.index)
        sig[slow_ma.isna()] = 0.0
        return sig

    @staticmethod
    def _max_drawdown(equity: pd.Series) -> float:
        return float((equity / equity.cummax() - 1).min())

    def backtest(self, prices: pd.Series) -> BacktestResult:
        t0 = time.perf_counter()
        self._signals = self._compute_signals(prices)
        daily = prices.pct_change().fillna(0) * self._signals.shift(1).fillna(0)
        equity = (1 + daily).cumprod()
        trades = self._signals.diff().fillna(0) != 0
        active = daily[daily != 0]
        win_rate = float((active > 0).mean()) if len(active) else 0.0
        vol = float(daily.std() * np.sqrt(252))
        sharpe = float(daily.mean() * 252 / vol) if vol > 0 else 0.0
        return BacktestResult(
            total_return=round(float(equity.iloc[-1] - 1), 4),
            annual_vol=round(vol, 4),
            sharpe=round(sharpe, 3),
            max_drawdown=round(self._max_drawdown(equity), 4),
            win_rate=round(win_rate, 3),
            n_trades=int(trades.sum()),
            elapsed_ms=round((time.perf_counter() - t0) * 1000, 2),
        )


def synthetic_prices(n: int, seed: int, drift: float = 0.0003, vol: float = 0.012) -> pd.Series:
    rng = np.random.default_rng(seed)
    rets = rng.normal(drift, vol, n)
    idx = pd.date_range("2019-01-01", periods=n, freq="B")
    return pd.Series(100 * np.cumprod(1 + rets), index=idx)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--fast", type=int, default=10)
    p.add_argument("--slow", type=int, default=50)
    p.add_argument("--short", action="store_true")
    p.add_argument("--n", type=int, default=1500)
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args()

    prices = synthetic_prices(args.n, args.seed)
    strat = SMACrossoverStrategy(args.fast, args.slow, args.short)
    print(f"Running {strat!r} on {len(prices)} bars")
    result = strat.backtest(prices)
    print(json.dumps({"strategy": repr(strat), **asdict(result)}))


if __name__ == "__main__":
    main()
