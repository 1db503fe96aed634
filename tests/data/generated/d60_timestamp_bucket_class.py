# generated: intraday volume-profile strategy using a TimeBucket helper class (wraps datetime.time, with __lt__, __eq__, __hash__, __str__ and a from_timestamp classmethod) to aggregate synthetic minute bars; trade deviations from typical volume; JSON
import argparse
import json
import math
from collections import defaultdict
from datetime import datetime, time as dtime, timedelta

import numpy as np
import pandas as pd


class TimeBucket:
    def __init__(self, hour: int, minute: int, width: int = 15):
        self.width = width
        m = (hour * 60 + minute) // width * width
        self.start = dtime(m // 60, m % 60)

    @classmethod
    def from_timestamp(cls, ts: datetime, width: int = 15) -> "TimeBucket":
        return cls(ts.hour, ts.minute, width)

    def __lt__(self, other: "TimeBucket") -> bool:
        return self.start < other.start

    def __eq__(self, other) -> bool:
        return isinstance(other, TimeBucket) and self.start == other.start and self.width == other.width

    def __hash__(self) -> int:
        return hash((self.start, self.width))

    def __str__(self) -> str:
        return self.start.strftime("%H:%M")

    def __repr__(self) -> str:
        return f"TimeBucket({self}, width={self.width})"


def minute_bars(days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    frames = []
    price = 75.0
    for d in pd.bdate_range("2024-04-01", periods=days):
        idx = pd.date_range(d + timedelta(hours=9, minutes=30), periods=390, freq="min")
        u = np.linspace(-1, 1, 390)
        typical = 2000 * (1 + 2 * u ** 2)
        surge = rng.random() < 0.2
        vol = rng.poisson(typical * (1.8 if surge else 1.0))
        drift = 0.00004 if surge else 0.0
        r = rng.normal(drift, 0.0007, 390)
        closes = price * np.exp(np.cumsum(r))
        price = closes[-1]
        frames.append(pd.DataFrame({"close": closes, "volume": vol}, index=idx))
    return pd.concat(frames)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=60)
    ap.add_argument("--width", type=int, default=15, choices=[5, 10, 15, 30])
    ap.add_argument("--ratio", type=float, default=1.4, help="relative volume trigger")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()

    bars = minute_bars(a.days, a.seed)
    buckets = [TimeBucket.from_timestamp(ts, a.width) for ts in bars.index]
    bars["bucket"] = [str(b) for b in buckets]
    bars["day"] = bars.index.date

    per_day_bucket = bars.groupby(["day", "bucket"])["volume"].sum().unstack()
    typical = per_day_bucket.expanding().median().shift(1)
    rel = per_day_bucket / typical

    first_bucket = str(min(set(buckets)))
    second_bucket = sorted(set(buckets))[1]
    results = []
    for day, g in bars.groupby("day"):
        if day not in rel.index or math.isnan(rel.loc[day, first_bucket]):
            continue
        if rel.loc[day, first_bucket] > a.ratio:
            entry = g[g["bucket"] == str(second_bucket)]["close"].iloc[0]
            exit_ = g["close"].iloc[-1]
            results.append(exit_ / entry - 1)

    counts = defaultdict(int)
    for b in buckets:
        counts[b] += 1
    r = np.array(results) if results else np.zeros(1)
    print(f"{len(set(buckets))} buckets of {a.width} min; first {first_bucket}; trades {len(results)}")
    print(json.dumps({
        "buckets": len(counts),
        "trades": len(results),
        "avg_ret_bps": round(float(r.mean() * 1e4), 2),
        "win_rate": round(float((r > 0).mean()), 3),
        "total_return": round(float(np.prod(1 + r) - 1), 4),
        "bars_per_bucket": counts[TimeBucket(9, 30, a.width)],
    }))


if __name__ == "__main__":
    main()
