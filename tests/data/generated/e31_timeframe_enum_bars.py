# generated: multi-timeframe trend strategy with a Timeframe enum that knows its pandas rule and bars-per-year; JSON output
import argparse
import json
import math
from enum import Enum

import numpy as np
import pandas as pd


class Timeframe(Enum):
    DAILY = ("D", 252)
    WEEKLY = ("W-FRI", 52)
    MONTHLY = ("M", 12)

    def __init__(self, rule: str, per_year: int):
        self.rule = rule
        self.per_year = per_year

    def resample(self, close: pd.Series) -> pd.Series:
        return close.resample(self.rule).last().dropna()

    def annualize_vol(self, returns: pd.Series) -> float:
        return float(returns.std() * math.sqrt(self.per_year))

    @classmethod
    def parse(cls, text: str) -> "Timeframe":
        try:
            return cls[text.upper()]
        except KeyError:
            raise argparse.ArgumentTypeError(f"unknown timeframe {text!r}")

    def __str__(self):
        return self.name.title()


def trend_up(close: pd.Series, span: int) -> pd.Series:
    return close > close.ewm(span=span, adjust=False).mean()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--higher", type=Timeframe.parse, default=Timeframe.WEEKLY)
    ap.add_argument("--span-high", type=int, default=20, dest="span_high")
    ap.add_argument("--span-low", type=int, default=10, dest="span_low")
    ap.add_argument("--days", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=71)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    idx = pd.bdate_range("2011-01-03", periods=a.days)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.00025, 0.011, a.days))), index=idx)

    hi_close = a.higher.resample(close)
    hi_trend = trend_up(hi_close, a.span_high).shift(1)  # only use completed higher-TF bars
    hi_on_daily = hi_trend.reindex(idx, method="ffill").fillna(False).astype(bool)
    lo_trend = trend_up(close, a.span_low)
    pos = (hi_on_daily & lo_trend).astype(float)
    r = close.pct_change().fillna(0)
    strat = pos.shift(1).fillna(0) * r
    eq = (1 + strat).cumprod()

    stats = {}
    for tf in Timeframe:
        tf_ret = tf.resample(eq).pct_change().dropna()
        stats[tf.name.lower()] = {
            "vol": round(tf.annualize_vol(tf_ret), 4),
            "n": int(len(tf_ret)),
        }
    print(f"higher timeframe: {a.higher} ({a.higher.rule}), agreement {pos.mean():.1%}")
    print(json.dumps({
        "higher_tf": a.higher.name,
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "exposure": round(float(pos.mean()), 3),
        "vol_by_timeframe": stats,
    }))


if __name__ == "__main__":
    main()
