# source: black-box attack on sandexec check (attack12, 2026-11-26), benign file of the same attack
# source: therealhackmeehan/ubacktest app/src/examples/typescript/ma/macd.ts (embedded Python MACD strategy) + FlynnMa/quantBot flynnBot/indicators.py (macd)
# benign: class with __init__/__repr__, super(), dataclass config, typing, .loc assignments
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Tuple

import numpy as np
import pandas as pd

rng = np.random.default_rng(7)
n = 400
close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.01, n))), index=pd.date_range("2020-01-01", periods=n, freq="B"))


@dataclass
class MacdConfig:
    short_window: int = 12
    long_window: int = 26
    signal_window: int = 9


class BaseStrategy:
    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class MacdStrategy(BaseStrategy):
    def __init__(self, cfg: MacdConfig):
        super().__init__("macd")
        self.cfg = cfg

    def calculate_macd(self, series: pd.Series) -> Tuple[pd.Series, pd.Series]:
        short_ema = series.ewm(span=self.cfg.short_window, adjust=False).mean()
        long_ema = series.ewm(span=self.cfg.long_window, adjust=False).mean()
        macd = short_ema - long_ema
        signal = macd.ewm(span=self.cfg.signal_window, adjust=False).mean()
        return macd, signal

    def run(self, data: pd.DataFrame) -> pd.DataFrame:
        data['MACD'], data['Signal_Line'] = self.calculate_macd(data['close'])
        data['signal'] = 0
        data.loc[data['MACD'] > data['Signal_Line'], 'signal'] = 1
        data.loc[data['MACD'] < data['Signal_Line'], 'signal'] = -1
        return data


s = MacdStrategy(MacdConfig())
out = s.run(pd.DataFrame({"close": close}))
strat = (out["close"].pct_change() * out["signal"].shift()).fillna(0)
print(json.dumps({"strategy": repr(s), "return": float((1 + strat).prod() - 1), "flips": int(out["signal"].diff().abs().gt(0).sum())}))
