# Source: backtesting.py README "SmaCross" example, as reproduced in
#         github.com/felixlinz/quant hi.py and github.com/Sabellaj05/backtest-dj
#         django-backend/core/strategies/sma_cross.py (init/next, crossover(sma1, sma2)).
# Adapted: the Strategy/Backtest framework is replaced by a tiny event loop in the same
#          shape (init() computes indicators, next() trades), on synthetic prices, with
#          the same .002 commission.
import json

import numpy as np
import pandas as pd


def SMA(values, n):
    """Return simple moving average of `values`, at each step taking into account `n` previous values."""
    return pd.Series(values).rolling(n).mean().to_numpy()


def crossover(series1, series2, i):
    return series1[i - 1] < series2[i - 1] and series1[i] > series2[i]


class SmaCross:
    n1 = 10
    n2 = 20

    def __init__(self, close, cash=10_000, commission=.002):
        self.close = close
        self.cash = cash
        self.commission = commission
        self.position = 0.0
        self.trades = 0

    def init(self):
        self.sma1 = SMA(self.close, self.n1)
        self.sma2 = SMA(self.close, self.n2)

    def buy(self, price):
        if self.position == 0:
            self.position = self.cash * (1 - self.commission) / price
            self.cash = 0.0
            self.trades += 1

    def sell(self, price):
        if self.position > 0:
            self.cash = self.position * price * (1 - self.commission)
            self.position = 0.0
            self.trades += 1

    def next(self, i):
        if crossover(self.sma1, self.sma2, i):
            self.buy(self.close[i])
        elif crossover(self.sma2, self.sma1, i):
            self.sell(self.close[i])

    def run(self):
        self.init()
        for i in range(self.n2 + 1, len(self.close)):
            self.next(i)
        return self.cash + self.position * self.close[-1]


if __name__ == "__main__":
    rng = np.random.default_rng(1)
    close = 100 * np.exp(np.cumsum(rng.normal(0.0002, 0.015, 1000)))
    strategy = SmaCross(close)
    equity = strategy.run()
    print(json.dumps({"equity_final": round(float(equity), 2), "trades": strategy.trades,
                      "buy_and_hold": round(float(10_000 * close[-1] / close[0]), 2)}))
