# generated: a Backtester class with private helper methods (_compute_returns, _apply_costs, _drawdown), a Strategy callable passed in, and a to_json method; example with dual EMA
import argparse
import json
import math
from typing import Callable, Dict, Optional

import numpy as np
import pandas as pd

SignalFn = Callable[[pd.DataFrame], pd.Series]


class Backtester:
    def __init__(self, data: pd.DataFrame, signal_fn: SignalFn, cost_bps: float = 1.0,
                 slippage_bps: float = 0.5, periods_per_year: int = 252):
        self._data = data
        self._signal_fn = signal_fn
        self._cost = (cost_bps + slippage_bps) / 1e4
        self._ppy = periods_per_year
        self._returns: Optional[pd.Series] = None
        self._positions: Optional[pd.Series] = None

    def _compute_positions(self) -> pd.Series:
        pos = self._signal_fn(self._data).reindex(self._data.index).fillna(0.0)
        return pos.clip(-1, 1)

    def _compute_returns(self, pos: pd.Series) -> pd.Series:
        asset = self._data["close"].pct_change().fillna(0.0)
        return pos.shift(1).fillna(0.0) * asset

    def _apply_costs(self, gross: pd.Series, pos: pd.Series) -> pd.Series:
        return gross - pos.diff().abs().fillna(0.0) * self._cost

    @staticmethod
    def _drawdown(equity: pd.Series) -> pd.Series:
        return equity / equity.cummax() - 1

    def run(self) -> "Backtester":
        self._positions = self._compute_positions()
        gross = self._compute_returns(self._positions)
        self._returns = self._apply_costs(gross, self._positions)
        return self

    @property
    def returns(self) -> pd.Series:
        if self._returns is None:
            raise RuntimeError("call run() first")
        return self._returns

    @property
    def equity(self) -> pd.Series:
        return (1 + self.returns).cumprod()

    def stats(self) -> Dict[str, float]:
        r = self.returns
        eq = self.equity
        dd = self._drawdown(eq)
        years = len(r) / self._ppy
        vol = r.std() * math.sqrt(self._ppy)
        cagr = eq.iloc[-1] ** (1 / years) - 1
        return {
            "cagr": cagr,
            "vol": vol,
            "sharpe": r.mean() * self._ppy / vol if vol else 0.0,
            "max_drawdown": dd.min(),
            "calmar": cagr / abs(dd.min()) if dd.min() < 0 else float("nan"),
            "turnover_per_year": self._positions.diff().abs().sum() / years,
        }

    def to_json(self, digits: int = 4) -> str:
        return json.dumps({k: round(float(v), digits) for k, v in self.stats().items()})


def dual_ema(fast: int, slow: int) -> SignalFn:
    def signal(df: pd.DataFrame) -> pd.Series:
        f = df["close"].ewm(span=fast).mean()
        s = df["close"].ewm(span=slow).mean()
        return pd.Series(np.where(f > s, 1.0, -1.0), index=df.index)
    signal.__doc__ = f"dual EMA {fast}/{slow}"
    return signal


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fast", type=int, default=16)
    ap.add_argument("--slow", type=int, default=64)
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=2828)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    close = 100 * np.exp(np.cumsum(rng.normal(0.0002, 0.011, args.n)))
    df = pd.DataFrame({"close": close}, index=pd.bdate_range("2012-01-02", periods=args.n))
    fn = dual_ema(args.fast, args.slow)
    bt = Backtester(df, fn).run()
    print(f"ran {fn.__doc__} on {len(df)} bars; final equity {bt.equity.iloc[-1]:.3f}")
    print(bt.to_json())


if __name__ == "__main__":
    main()
