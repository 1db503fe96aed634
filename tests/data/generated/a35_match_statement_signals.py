# generated: candlestick pattern strategy (doji, hammer, engulfing) with Python 3.10+ match statements to route patterns to actions, print json
import argparse
import json
from collections import Counter
from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Candle:
    open: float
    high: float
    low: float
    close: float

    @property
    def body(self) -> float:
        return abs(self.close - self.open)

    @property
    def range(self) -> float:
        return self.high - self.low

    @property
    def bullish(self) -> bool:
        return self.close > self.open


def classify(prev: Candle, cur: Candle) -> Optional[str]:
    if cur.range == 0:
        return None
    lower_wick = min(cur.open, cur.close) - cur.low
    upper_wick = cur.high - max(cur.open, cur.close)
    if cur.body / cur.range < 0.1:
        return "doji"
    if lower_wick > 2 * cur.body and upper_wick < cur.body:
        return "hammer"
    if upper_wick > 2 * cur.body and lower_wick < cur.body:
        return "shooting_star"
    if cur.bullish and not prev.bullish and cur.close > prev.open and cur.open < prev.close:
        return "bullish_engulfing"
    if not cur.bullish and prev.bullish and cur.open > prev.close and cur.close < prev.open:
        return "bearish_engulfing"
    return None


def action_for(pattern: Optional[str], trend: float, position: int) -> int:
    match (pattern, trend > 0, position):
        case ("hammer" | "bullish_engulfing", _, 0):
            return 1
        case ("shooting_star" | "bearish_engulfing", False, 0):
            return -1
        case ("doji", _, p) if p != 0:
            return 0
        case ("bearish_engulfing", _, 1) | ("bullish_engulfing", _, -1):
            return 0
        case _:
            return position


def make_candles(n, seed):
    rng = np.random.default_rng(seed)
    close = 50 * np.exp(np.cumsum(rng.normal(0.0001, 0.014, n)))
    open_ = np.r_[close[0], close[:-1]] * (1 + rng.normal(0, 0.004, n))
    high = np.maximum(open_, close) * (1 + np.abs(rng.normal(0, 0.006, n)))
    low = np.minimum(open_, close) * (1 - np.abs(rng.normal(0, 0.006, n)))
    return pd.DataFrame({"open": open_, "high": high, "low": low, "close": close}, index=pd.bdate_range("2017-01-02", periods=n))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=1500)
    ap.add_argument("--trend-window", type=int, default=50)
    ap.add_argument("--max-hold", type=int, default=10)
    ap.add_argument("--seed", type=int, default=27)
    args = ap.parse_args()

    df = make_candles(args.bars, args.seed)
    trend = df["close"].pct_change(args.trend_window).fillna(0)
    candles = [Candle(*row) for row in df[["open", "high", "low", "close"]].itertuples(index=False)]
    patterns = Counter()
    pos, held = 0, 0
    positions = [0]
    for i in range(1, len(candles)):
        pat = classify(candles[i - 1], candles[i])
        if pat:
            patterns[pat] += 1
        new = action_for(pat, trend.iloc[i], pos)
        held = held + 1 if new == pos and pos != 0 else 0
        if held >= args.max_hold:
            new, held = 0, 0
        pos = new
        positions.append(pos)
    pos_s = pd.Series(positions, index=df.index).shift(1).fillna(0)
    r = pos_s * df["close"].pct_change().fillna(0)
    eq = (1 + r).cumprod()
    print("patterns:", dict(patterns))
    print(json.dumps({
        "patterns": dict(patterns.most_common()),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)) if r.std() else 0.0, 3),
        "exposure": round(float((pos_s != 0).mean()), 3),
        "entries": int(((pos_s != 0) & (pos_s.shift(1) == 0)).sum()),
    }))


if __name__ == "__main__":
    main()
