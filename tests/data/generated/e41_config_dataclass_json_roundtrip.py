# generated: strategy with a dataclass config that can be built from argparse and dumped to JSON with the results; dual thrust intraday-style breakout on daily bars
import argparse
import json
from dataclasses import asdict, dataclass, fields
from typing import Any, Dict

import numpy as np
import pandas as pd


@dataclass
class DualThrustConfig:
    lookback: int = 4
    k_up: float = 0.5
    k_down: float = 0.5
    bars: int = 2000
    seed: int = 42
    cost_bps: float = 2.0

    @classmethod
    def add_arguments(cls, parser: argparse.ArgumentParser) -> None:
        for f in fields(cls):
            parser.add_argument(f"--{f.name.replace('_', '-')}", type=type(f.default), default=f.default,
                                dest=f.name, help=f"default: {f.default}")

    @classmethod
    def from_namespace(cls, ns: argparse.Namespace) -> "DualThrustConfig":
        return cls(**{f.name: getattr(ns, f.name) for f in fields(cls)})

    def validate(self) -> None:
        if self.lookback < 1:
            raise ValueError("lookback must be >= 1")
        if not (0 < self.k_up < 2 and 0 < self.k_down < 2):
            raise ValueError("k values out of range")


def make_bars(cfg: DualThrustConfig) -> pd.DataFrame:
    rng = np.random.default_rng(cfg.seed)
    close = 3000 * np.exp(np.cumsum(rng.normal(0.0001, 0.012, cfg.bars)))
    open_ = np.r_[close[0], close[:-1]] * np.exp(rng.normal(0, 0.003, cfg.bars))
    high = np.maximum(open_, close) * np.exp(np.abs(rng.normal(0, 0.006, cfg.bars)))
    low = np.minimum(open_, close) * np.exp(-np.abs(rng.normal(0, 0.006, cfg.bars)))
    return pd.DataFrame({"open": open_, "high": high, "low": low, "close": close})


def dual_thrust(df: pd.DataFrame, cfg: DualThrustConfig) -> Dict[str, Any]:
    hh = df["high"].rolling(cfg.lookback).max().shift(1)
    lc = df["close"].rolling(cfg.lookback).min().shift(1)
    hc = df["close"].rolling(cfg.lookback).max().shift(1)
    ll = df["low"].rolling(cfg.lookback).min().shift(1)
    rng_ = np.maximum(hh - lc, hc - ll)
    buy_line = df["open"] + cfg.k_up * rng_
    sell_line = df["open"] - cfg.k_down * rng_
    long_hit = df["high"] >= buy_line
    short_hit = df["low"] <= sell_line
    # enter at the trigger line, exit at close (day trade); skip days where both trigger
    pnl = np.where(long_hit & ~short_hit, df["close"] / buy_line - 1, 0.0)
    pnl = np.where(short_hit & ~long_hit, sell_line / df["close"] - 1, pnl)
    traded = (long_hit ^ short_hit) & rng_.notna()
    pnl = np.where(traded, pnl - cfg.cost_bps / 1e4, 0.0)
    s = pd.Series(pnl)
    eq = (1 + s).cumprod()
    return {
        "trades": int(traded.sum()),
        "long_trades": int((long_hit & ~short_hit).sum()),
        "short_trades": int((short_hit & ~long_hit).sum()),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(s.mean() / s.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
    }


def main():
    parser = argparse.ArgumentParser(description="Dual Thrust breakout")
    DualThrustConfig.add_arguments(parser)
    cfg = DualThrustConfig.from_namespace(parser.parse_args())
    cfg.validate()
    df = make_bars(cfg)
    res = dual_thrust(df, cfg)
    print("config:", cfg)
    print(json.dumps({"config": asdict(cfg), "results": res}))


if __name__ == "__main__":
    main()
