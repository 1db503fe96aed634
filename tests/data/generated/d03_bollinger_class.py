# generated: implement a Bollinger Band breakout strategy as a Python class with private helpers, backtest on random-walk data, output JSON
import argparse
import json
import math

import numpy as np
import pandas as pd


class BollingerStrategy:
    """Go long on close above upper band, exit at the middle band."""

    def __init__(self, window: int = 20, num_std: float = 2.0, fee: float = 0.0005):
        self.window = window
        self.num_std = num_std
        self.fee = fee
        self._bands = None
        self._positions = None

    def __repr__(self):
        return f"BollingerStrategy(window={self.window}, num_std={self.num_std}, fee={self.fee})"

    def _compute_bands(self, close: pd.Series) -> pd.DataFrame:
        mid = close.rolling(self.window).mean()
        sd = close.rolling(self.window).std(ddof=0)
        return pd.DataFrame({
            "close": close,
            "mid": mid,
            "upper": mid + self.num_std * sd,
            "lower": mid - self.num_std * sd,
        })

    def _state_machine(self, bands: pd.DataFrame) -> np.ndarray:
        pos = np.zeros(len(bands))
        holding = 0
        closes = bands["close"].to_numpy()
        upper = bands["upper"].to_numpy()
        lower = bands["lower"].to_numpy()
        mid = bands["mid"].to_numpy()
        for i in range(len(bands)):
            if np.isnan(mid[i]):
                continue
            if holding == 0:
                if closes[i] > upper[i]:
                    holding = 1
                elif closes[i] < lower[i]:
                    holding = -1
            elif holding == 1 and closes[i] < mid[i]:
                holding = 0
            elif holding == -1 and closes[i] > mid[i]:
                holding = 0
            pos[i] = holding
        return pos

    def fit(self, close: pd.Series) -> "BollingerStrategy":
        self._bands = self._compute_bands(close)
        self._positions = pd.Series(self._state_machine(self._bands), index=close.index)
        return self

    @property
    def positions(self) -> pd.Series:
        if self._positions is None:
            raise RuntimeError("call fit() first")
        return self._positions

    def returns(self) -> pd.Series:
        close = self._bands["close"]
        held = self.positions.shift(1).fillna(0)
        gross = held * close.pct_change().fillna(0)
        costs = held.diff().abs().fillna(0) * self.fee
        return gross - costs

    @staticmethod
    def metrics(rets: pd.Series) -> dict:
        eq = (1 + rets).cumprod()
        vol = rets.std() * math.sqrt(252)
        ann = rets.mean() * 252
        return {
            "total_return": round(float(eq.iloc[-1] - 1), 4),
            "ann_return": round(float(ann), 4),
            "ann_vol": round(float(vol), 4),
            "sharpe": round(float(ann / vol), 3) if vol else 0.0,
            "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        }


def random_walk(n: int, seed: int, drift: float = 0.0002, vol: float = 0.01) -> pd.Series:
    rng = np.random.default_rng(seed)
    steps = rng.standard_t(df=4, size=n) * vol / math.sqrt(2) + drift
    return pd.Series(100 * np.exp(steps.cumsum()), index=pd.bdate_range("2019-01-02", periods=n))


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--window", type=int, default=20)
    ap.add_argument("--num-std", type=float, default=2.0)
    ap.add_argument("--n", type=int, default=1200)
    ap.add_argument("--seed", type=int, default=3)
    a = ap.parse_args()

    strat = BollingerStrategy(a.window, a.num_std).fit(random_walk(a.n, a.seed))
    print("running", repr(strat))
    m = BollingerStrategy.metrics(strat.returns())
    m["days_in_market"] = int((strat.positions != 0).sum())
    print(json.dumps(m))
