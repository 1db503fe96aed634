# generated: write a moving average crossover backtester as a class with clean private helpers
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from typing import Dict, List

import numpy as np
import pandas as pd


@dataclass
class BacktestConfig:
    fast: int = 10
    slow: int = 50
    initial_cash: float = 100_000.0
    fee_rate: float = 0.0005
    seed: int = 7
    n_bars: int = 2000


class SmaCrossBacktester:
    def __init__(self, config: BacktestConfig) -> None:
        if config.fast >= config.slow:
            raise ValueError("fast window must be shorter than slow window")
        self._config = config
        self._prices: pd.Series | None = None
        self._equity: pd.Series | None = None
        self._trades: List[Dict[str, float]] = []

    @property
    def prices(self) -> pd.Series:
        if self._prices is None:
            self._prices = self._simulate_prices()
        return self._prices

    def _simulate_prices(self) -> pd.Series:
        rng = np.random.default_rng(self._config.seed)
        rets = rng.normal(0.0003, 0.012, self._config.n_bars)
        idx = pd.date_range("2015-01-01", periods=self._config.n_bars, freq="B")
        return pd.Series(50 * np.exp(np.cumsum(rets)), index=idx)

    def _signals(self) -> pd.Series:
        fast = self.prices.rolling(self._config.fast).mean()
        slow = self.prices.rolling(self._config.slow).mean()
        return (fast > slow).astype(int)

    def _record_trade(self, date, side: str, price: float, qty: float) -> None:
        self._trades.append({"date": str(date.date()), "side": side, "price": round(price, 2), "qty": round(qty, 4)})

    def run(self) -> "SmaCrossBacktester":
        cash = self._config.initial_cash
        units = 0.0
        equity = []
        signal = self._signals().shift(1).fillna(0)
        for date, price in self.prices.items():
            want_long = signal.loc[date] == 1
            if want_long and units == 0:
                units = cash * (1 - self._config.fee_rate) / price
                cash = 0.0
                self._record_trade(date, "BUY", price, units)
            elif not want_long and units > 0:
                cash = units * price * (1 - self._config.fee_rate)
                self._record_trade(date, "SELL", price, units)
                units = 0.0
            equity.append(cash + units * price)
        self._equity = pd.Series(equity, index=self.prices.index)
        return self

    @staticmethod
    def _max_drawdown(equity: pd.Series) -> float:
        return float((equity / equity.cummax() - 1).min())

    def summary(self) -> Dict[str, object]:
        assert self._equity is not None, "call run() first"
        rets = self._equity.pct_change().dropna()
        sharpe = float(np.sqrt(252) * rets.mean() / rets.std()) if rets.std() else 0.0
        buy_hold = float(self.prices.iloc[-1] / self.prices.iloc[0] - 1)
        return {
            "strategy": "sma_cross",
            "final_equity": round(float(self._equity.iloc[-1]), 2),
            "total_return": round(float(self._equity.iloc[-1] / self._config.initial_cash - 1), 4),
            "buy_and_hold": round(buy_hold, 4),
            "sharpe": round(sharpe, 3),
            "max_drawdown": round(self._max_drawdown(self._equity), 4),
            "n_trades": len(self._trades),
            "last_trades": self._trades[-3:],
        }


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser()
    p.add_argument("--fast", type=int, default=10)
    p.add_argument("--slow", type=int, default=50)
    p.add_argument("--cash", type=float, default=100_000.0)
    p.add_argument("--seed", type=int, default=7)
    return p.parse_args()


if __name__ == "__main__":
    a = parse_args()
    cfg = BacktestConfig(fast=a.fast, slow=a.slow, initial_cash=a.cash, seed=a.seed)
    bt = SmaCrossBacktester(cfg).run()
    print(f"ran {len(bt.prices)} bars with fast={cfg.fast} slow={cfg.slow}")
    print(json.dumps(bt.summary()))
