# generated: intraday opening range breakout on synthetic 5-minute bars with a SessionWindow helper class (datetime.time based, __contains__, __repr__) and a Timeframe enum; print results as JSON
import argparse
import json
import math
from datetime import date, datetime, time as dtime, timedelta
from enum import Enum

import numpy as np
import pandas as pd


class Timeframe(Enum):
    M1 = 1
    M5 = 5
    M15 = 15

    @property
    def delta(self) -> timedelta:
        return timedelta(minutes=self.value)

    def bars_between(self, start: dtime, end: dtime) -> int:
        s = datetime.combine(date(2000, 1, 1), start)
        e = datetime.combine(date(2000, 1, 1), end)
        return int((e - s) / self.delta)


class SessionWindow:
    def __init__(self, start: dtime, end: dtime, label: str = ""):
        if end <= start:
            raise ValueError("session must end after it starts")
        self.start, self.end, self.label = start, end, label

    def __contains__(self, ts) -> bool:
        t = ts.time() if hasattr(ts, "time") else ts
        return self.start <= t < self.end

    def __repr__(self) -> str:
        return f"SessionWindow({self.start:%H:%M}-{self.end:%H:%M}, {self.label!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, SessionWindow) and (self.start, self.end) == (other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.start, self.end))

    @property
    def minutes(self) -> int:
        return Timeframe.M1.bars_between(self.start, self.end)


def make_intraday(days: int, tf: Timeframe, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    per_day = tf.bars_between(dtime(9, 30), dtime(16, 0))
    frames = []
    price = 200.0
    for d in pd.bdate_range("2024-01-02", periods=days):
        stamps = pd.date_range(d + pd.Timedelta(hours=9, minutes=30), periods=per_day, freq=f"{tf.value}min")
        gap = rng.normal(0, 0.006)
        drift = rng.normal(0, 0.00008)
        u = np.linspace(1.8, 0.6, per_day)  # U-shaped-ish intraday vol, higher at the open
        r = drift + rng.normal(0, 0.0012, per_day) * u
        r[0] += gap
        closes = price * np.exp(np.cumsum(r))
        frames.append(pd.DataFrame({"close": closes}, index=stamps))
        price = closes[-1]
    return pd.concat(frames)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=120)
    ap.add_argument("--tf", choices=[t.name for t in Timeframe], default="M5")
    ap.add_argument("--range-minutes", type=int, default=30)
    ap.add_argument("--seed", type=int, default=15)
    a = ap.parse_args()

    tf = Timeframe[a.tf]
    bars = make_intraday(a.days, tf, a.seed)
    open_end = (datetime.combine(date.today(), dtime(9, 30)) + timedelta(minutes=a.range_minutes)).time()
    opening = SessionWindow(dtime(9, 30), open_end, "opening range")
    trading = SessionWindow(open_end, dtime(15, 55), "trading")
    print(f"{len(bars)} bars; {opening!r} ({opening.minutes} min), {trading!r}")

    day_results = []
    for day, g in bars.groupby(bars.index.date):
        rng_bars = g[[ts in opening for ts in g.index]]
        hi, lo = rng_bars["close"].max(), rng_bars["close"].min()
        tradeable = g[[ts in trading for ts in g.index]]
        entry = None
        for ts, px in tradeable["close"].items():
            if px > hi:
                entry = (1, px)
                break
            if px < lo:
                entry = (-1, px)
                break
        if entry is None:
            continue
        exit_px = g["close"].iloc[-1]
        day_results.append({"date": str(day), "dir": entry[0], "ret": entry[0] * (exit_px / entry[1] - 1)})

    df = pd.DataFrame(day_results)
    print(df.tail(3).to_string(index=False))
    rets = df["ret"]
    print(json.dumps({
        "days": a.days,
        "trade_days": len(df),
        "longs": int((df["dir"] > 0).sum()),
        "shorts": int((df["dir"] < 0).sum()),
        "avg_ret_bps": round(float(rets.mean() * 1e4), 2),
        "win_rate": round(float((rets > 0).mean()), 3),
        "sharpe_ann": round(float(rets.mean() / rets.std() * math.sqrt(252)), 3),
        "total_return": round(float((1 + rets).prod() - 1), 4),
    }))


if __name__ == "__main__":
    main()
