# generated: backtest a Donchian turtle system and produce a report, using functools.singledispatch to JSON-serialise numpy/pandas/date types
import argparse
import json
from datetime import date, datetime
from functools import singledispatch

import numpy as np
import pandas as pd


@singledispatch
def to_jsonable(obj):
    return obj


@to_jsonable.register
def _(obj: dict):
    return {str(k): to_jsonable(v) for k, v in obj.items()}


@to_jsonable.register(list)
@to_jsonable.register(tuple)
def _(obj):
    return [to_jsonable(v) for v in obj]


@to_jsonable.register
def _(obj: float):
    return round(obj, 4)


@to_jsonable.register(np.floating)
def _(obj):
    return round(float(obj), 4)


@to_jsonable.register(np.integer)
def _(obj):
    return int(obj)


@to_jsonable.register(pd.Timestamp)
@to_jsonable.register(date)
def _(obj):
    return obj.strftime("%Y-%m-%d")


@to_jsonable.register(pd.Series)
def _(obj):
    return to_jsonable(obj.to_dict())


def turtle(df: pd.DataFrame, entry_n: int, exit_n: int):
    hi = df["high"].rolling(entry_n).max().shift()
    lo_exit = df["low"].rolling(exit_n).min().shift()
    trades, pos, entry_px, entry_day = [], 0, 0.0, None
    for ts, row in df.iterrows():
        if pos == 0 and row.high > hi[ts]:
            pos, entry_px, entry_day = 1, max(hi[ts], row.open), ts
        elif pos == 1 and row.low < lo_exit[ts]:
            exit_px = min(lo_exit[ts], row.open)
            trades.append({"entry": entry_day, "exit": ts, "ret": exit_px / entry_px - 1,
                           "bars": np.int64(df.index.get_loc(ts) - df.index.get_loc(entry_day))})
            pos = 0
    return trades


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--entry", type=int, default=20)
    ap.add_argument("--exit", type=int, default=10)
    ap.add_argument("--bars", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=85)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    c = 50 * np.exp(np.cumsum(rng.normal(0.0003, 0.014, a.bars)))
    o = np.r_[c[0], c[:-1]]
    w = np.abs(rng.normal(0, 0.006, (a.bars, 2)))
    df = pd.DataFrame({"open": o, "high": np.maximum(o, c) * (1 + w[:, 0]),
                       "low": np.minimum(o, c) * (1 - w[:, 1]), "close": c},
                      index=pd.bdate_range("2014-01-01", periods=a.bars))
    trades = turtle(df, a.entry, a.exit)
    rets = pd.Series([t["ret"] for t in trades])
    by_year = pd.Series({t["exit"].year: 0.0 for t in trades})
    for t in trades:
        by_year[t["exit"].year] += t["ret"]
    report = {
        "generated": datetime(2024, 1, 1),
        "params": (a.entry, a.exit),
        "trades": len(trades),
        "win_rate": np.float64((rets > 0).mean()),
        "avg_win": rets[rets > 0].mean(),
        "avg_loss": rets[rets <= 0].mean(),
        "compounded": float((1 + rets).prod() - 1),
        "sum_by_year": by_year,
        "first_trades": trades[:3],
    }
    print(f"{len(trades)} turtle trades")
    print(json.dumps(to_jsonable(report)))


if __name__ == "__main__":
    main()
