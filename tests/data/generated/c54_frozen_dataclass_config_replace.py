# generated: a frozen dataclass Config for a breakout strategy, parameter sweep with dataclasses.replace, results table sorted with key functions; json output
from __future__ import annotations

import argparse
import json
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Literal

import numpy as np
import pandas as pd

StopType = Literal["atr", "pct", "none"]


@dataclass(frozen=True)
class Config:
    channel: int = 40
    stop_type: StopType = "atr"
    stop_mult: float = 2.5
    stop_pct: float = 0.08
    cost_bps: float = 2.0

    def __post_init__(self):
        if self.channel < 2:
            raise ValueError("channel must be >= 2")
        if self.stop_type not in ("atr", "pct", "none"):
            raise ValueError(f"bad stop_type {self.stop_type}")

    @property
    def label(self) -> str:
        return f"ch{self.channel}-{self.stop_type}"


@dataclass(frozen=True, order=True)
class Result:
    sharpe: float
    total: float
    trades: int
    config: Config = field(compare=False)

    def to_dict(self):
        return {"sharpe": self.sharpe, "total": self.total, "trades": self.trades, **asdict(self.config)}


def run(cfg: Config, df: pd.DataFrame) -> Result:
    hi = df.high.rolling(cfg.channel).max().shift()
    atr = (df.high - df.low).rolling(14).mean()
    pos = np.zeros(len(df))
    stop = np.nan
    trades = 0
    c, l, h_, a = df.close.to_numpy(), df.low.to_numpy(), hi.to_numpy(), atr.to_numpy()
    for i in range(1, len(df)):
        pos[i] = pos[i - 1]
        if pos[i - 1] == 0 and c[i] > h_[i]:
            pos[i] = 1
            trades += 1
            stop = {"atr": c[i] - cfg.stop_mult * a[i], "pct": c[i] * (1 - cfg.stop_pct), "none": -np.inf}[cfg.stop_type]
        elif pos[i - 1] == 1:
            if cfg.stop_type == "atr":
                stop = max(stop, c[i] - cfg.stop_mult * a[i])
            elif cfg.stop_type == "pct":
                stop = max(stop, c[i] * (1 - cfg.stop_pct))
            if l[i] < stop or c[i] < df.close.iloc[max(0, i - cfg.channel // 2):i].min():
                pos[i] = 0
    p = pd.Series(pos, index=df.index)
    r = p.shift().fillna(0) * df.close.pct_change().fillna(0) - p.diff().abs().fillna(0) * cfg.cost_bps / 1e4
    sharpe = float(r.mean() / r.std() * np.sqrt(252)) if r.std() > 0 else 0.0
    return Result(round(sharpe, 3), round(float((1 + r).prod() - 1), 4), trades, cfg)


def main():
    ap = argparse.ArgumentParser()
    for f in fields(Config):
        ap.add_argument(f"--{f.name.replace('_', '-')}", type=type(f.default), default=f.default)
    ap.add_argument("--seed", type=int, default=29)
    args = ap.parse_args()

    base = Config(args.channel, args.stop_type, args.stop_mult, args.stop_pct, args.cost_bps)
    rng = np.random.default_rng(args.seed)
    n = 2000
    close = 100 * np.exp(np.cumsum(rng.normal(0.0003, 0.013, n)))
    df = pd.DataFrame({"close": close, "high": close * (1 + np.abs(rng.normal(0, 0.005, n))),
                       "low": close * (1 - np.abs(rng.normal(0, 0.005, n)))},
                      index=pd.bdate_range("2012-01-01", periods=n))

    variants = [replace(base, channel=ch, stop_type=st) for ch in (20, 40, 60, 100) for st in ("atr", "pct", "none")]
    results = sorted((run(v, df) for v in variants), reverse=True)
    for r in results[:5]:
        print(f"{r.config.label:<12} sharpe={r.sharpe:+.3f} total={r.total:+.2%} trades={r.trades}")
    base_res = run(base, df)
    print(json.dumps({
        "base": base_res.to_dict(),
        "best": results[0].to_dict(),
        "worst": results[-1].to_dict(),
        "n_variants": len(results),
        "by_stop_type": {st: round(float(np.mean([r.sharpe for r in results if r.config.stop_type == st])), 3)
                         for st in ("atr", "pct", "none")},
    }))


if __name__ == "__main__":
    main()
