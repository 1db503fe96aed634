# generated: opening range breakout on synthetic 5-minute bars, resample to daily for stats, print JSON
import argparse
import json
from datetime import time as dtime

import numpy as np
import pandas as pd


def intraday_bars(days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    sessions = pd.bdate_range("2023-01-02", periods=days)
    frames = []
    price = 400.0
    for d in sessions:
        idx = pd.date_range(d + pd.Timedelta(hours=9, minutes=30), periods=78, freq="5min")
        # U-shaped intraday volatility
        u = np.linspace(-1, 1, 78)
        vol = 0.0008 * (1 + 1.5 * u ** 2)
        r = rng.normal(0, vol)
        price *= np.exp(rng.normal(0, 0.004))  # overnight gap
        closes = price * np.exp(np.cumsum(r))
        opens = np.r_[price, closes[:-1]]
        highs = np.maximum(opens, closes) * (1 + np.abs(rng.normal(0, 0.0003, 78)))
        lows = np.minimum(opens, closes) * (1 - np.abs(rng.normal(0, 0.0003, 78)))
        vol_sh = rng.integers(1000, 5000, 78) * (1 + 2 * u ** 2)
        frames.append(pd.DataFrame({"open": opens, "high": highs, "low": lows, "close": closes,
                                    "volume": vol_sh.astype(int)}, index=idx))
        price = closes[-1]
    return pd.concat(frames)


def orb_day(day: pd.DataFrame, range_minutes: int):
    cutoff = (pd.Timestamp.combine(day.index[0].date(), dtime(9, 30)) + pd.Timedelta(minutes=range_minutes)).time()
    opening = day.between_time("09:30", cutoff, inclusive="left")
    rest = day.between_time(cutoff, "16:00")
    hi, lo = opening.high.max(), opening.low.min()
    for ts, bar in rest.iterrows():
        if bar.high > hi:
            entry = hi
            stop = lo
            exit_px = stop if (rest.loc[ts:].low < stop).any() else rest.close.iloc[-1]
            return 1, entry, exit_px
        if bar.low < lo:
            entry = lo
            stop = hi
            exit_px = stop if (rest.loc[ts:].high > stop).any() else rest.close.iloc[-1]
            return -1, entry, exit_px
    return 0, np.nan, np.nan


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=120)
    ap.add_argument("--range-minutes", type=int, default=30, choices=[15, 30, 60])
    ap.add_argument("--seed", type=int, default=44)
    args = ap.parse_args()

    bars = intraday_bars(args.days, args.seed)
    daily = bars.resample("D").agg({"open": "first", "high": "max", "low": "min",
                                    "close": "last", "volume": "sum"}).dropna()
    vwap = (bars.close * bars.volume).groupby(bars.index.date).sum() / bars.volume.groupby(bars.index.date).sum()
    print(f"{len(bars)} intraday bars -> {len(daily)} daily bars; avg range {((daily.high - daily.low) / daily.open).mean():.2%}")

    results = []
    for d, day in bars.groupby(bars.index.date):
        side, entry, exit_px = orb_day(day, args.range_minutes)
        if side:
            results.append({"date": d, "side": side, "ret": side * (exit_px / entry - 1)})
    res = pd.DataFrame(results).set_index("date")
    res.index = pd.to_datetime(res.index)
    weekly = res.ret.resample("W").sum()
    print(json.dumps({
        "trades": len(res),
        "long_trades": int((res.side == 1).sum()),
        "hit_rate": round(float((res.ret > 0).mean()), 3),
        "avg_ret_bps": round(float(res.ret.mean() * 1e4), 2),
        "total_ret": round(float((1 + res.ret).prod() - 1), 4),
        "weekly_sharpe": round(float(weekly.mean() / weekly.std() * np.sqrt(52)), 3),
        "avg_vwap": round(float(vwap.mean()), 2),
    }))


if __name__ == "__main__":
    main()
