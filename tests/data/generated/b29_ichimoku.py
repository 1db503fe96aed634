# generated: Ichimoku cloud strategy (tenkan/kijun cross filtered by cloud) as a class with classmethod constructors, synthetic data, json output
import argparse
import json
from typing import Dict

import numpy as np
import pandas as pd


class Ichimoku:
    PRESETS: Dict[str, tuple] = {
        "classic": (9, 26, 52),
        "crypto": (20, 60, 120),
        "fast": (7, 22, 44),
    }

    def __init__(self, tenkan: int, kijun: int, senkou_b: int):
        self.tenkan = tenkan
        self.kijun = kijun
        self.senkou_b = senkou_b

    @classmethod
    def from_preset(cls, name: str) -> "Ichimoku":
        return cls(*cls.PRESETS[name])

    @staticmethod
    def _midpoint(high: pd.Series, low: pd.Series, n: int) -> pd.Series:
        return (high.rolling(n).max() + low.rolling(n).min()) / 2

    def compute(self, df: pd.DataFrame) -> pd.DataFrame:
        out = pd.DataFrame(index=df.index)
        out["tenkan"] = self._midpoint(df.high, df.low, self.tenkan)
        out["kijun"] = self._midpoint(df.high, df.low, self.kijun)
        out["span_a"] = ((out.tenkan + out.kijun) / 2).shift(self.kijun)
        out["span_b"] = self._midpoint(df.high, df.low, self.senkou_b).shift(self.kijun)
        out["cloud_top"] = out[["span_a", "span_b"]].max(axis=1)
        out["cloud_bot"] = out[["span_a", "span_b"]].min(axis=1)
        return out

    def signals(self, df: pd.DataFrame) -> pd.Series:
        ind = self.compute(df)
        above = df.close > ind.cloud_top
        below = df.close < ind.cloud_bot
        tk_up = ind.tenkan > ind.kijun
        pos = pd.Series(0.0, index=df.index)
        pos[above & tk_up] = 1.0
        pos[below & ~tk_up] = -1.0
        return pos.where(ind.cloud_top.notna(), 0.0)

    def __repr__(self):
        return "Ichimoku({0.tenkan}, {0.kijun}, {0.senkou_b})".format(self)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--preset", choices=sorted(Ichimoku.PRESETS), default="classic")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=19)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    c = 1000 * np.exp(np.cumsum(rng.normal(0.0002, 0.015, args.n)))
    wiggle = np.abs(rng.normal(0, 0.01, args.n)) * c
    df = pd.DataFrame({"close": c, "high": c + wiggle, "low": c - wiggle},
                      index=pd.bdate_range("2015-01-01", periods=args.n))
    model = Ichimoku.from_preset(args.preset)
    pos = model.signals(df)
    r = pos.shift().fillna(0) * df.close.pct_change().fillna(0)
    eq = (1 + r).cumprod()
    print(f"{model!r}: long {int((pos > 0).sum())} days, short {int((pos < 0).sum())} days")
    print(json.dumps({
        "model": repr(model),
        "final_equity": round(float(eq.iloc[-1]), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "exposure": round(float(pos.abs().mean()), 3),
        "position_changes": int((pos.diff().fillna(0) != 0).sum()),
    }))


if __name__ == "__main__":
    main()
