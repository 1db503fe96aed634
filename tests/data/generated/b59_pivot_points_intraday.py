# generated: classic floor pivot points (P, R1, S1, R2, S2) computed from the previous day, fade R1/S1 on hourly bars, pandas groupby/shift/merge, json
import argparse
import json

import numpy as np
import pandas as pd


def hourly_bars(days, seed):
    rng = np.random.default_rng(seed)
    idx = pd.date_range("2022-01-03 09:00", periods=days * 24, freq="H")
    idx = idx[(idx.dayofweek < 5) & (idx.hour >= 9) & (idx.hour < 17)]
    x = np.zeros(len(idx))
    for i in range(1, len(idx)):
        x[i] = 0.98 * x[i - 1] + rng.normal(0, 0.003)
    close = 1.10 * np.exp(x + np.cumsum(rng.normal(0, 0.0008, len(idx))))
    noise = np.abs(rng.normal(0, 0.0015, len(idx))) * close
    return pd.DataFrame({"high": close + noise, "low": close - noise, "close": close}, index=idx)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=400)
    ap.add_argument("--seed", type=int, default=3030)
    ap.add_argument("--level", choices=["1", "2"], default="1")
    args = ap.parse_args()

    h = hourly_bars(args.days, args.seed)
    h["day"] = h.index.normalize()
    daily = h.groupby("day").agg(high=("high", "max"), low=("low", "min"), close=("close", "last"))
    piv = pd.DataFrame(index=daily.index)
    piv["P"] = (daily.high + daily.low + daily.close) / 3
    piv["R1"] = 2 * piv.P - daily.low
    piv["S1"] = 2 * piv.P - daily.high
    piv["R2"] = piv.P + (daily.high - daily.low)
    piv["S2"] = piv.P - (daily.high - daily.low)
    piv = piv.shift(1).dropna()  # use yesterday's levels today

    df = h.reset_index().rename(columns={"index": "ts"}).merge(piv.reset_index(), on="day", how="inner")
    res_col, sup_col = ("R1", "S1") if args.level == "1" else ("R2", "S2")
    trades = []
    for day, g in df.groupby("day"):
        side, entry = 0, None
        for row in g.itertuples(index=False):
            if side == 0 and row.high >= getattr(row, res_col):
                side, entry = -1, getattr(row, res_col)
            elif side == 0 and row.low <= getattr(row, sup_col):
                side, entry = 1, getattr(row, sup_col)
            elif side != 0 and ((side == -1 and row.low <= row.P) or (side == 1 and row.high >= row.P)):
                trades.append(side * (row.P / entry - 1))
                side = 0
        if side != 0:
            trades.append(side * (g["close"].iloc[-1] / entry - 1))
    t = np.array(trades)
    print(f"{len(piv)} pivot days, {len(t)} trades at level {args.level}")
    print(json.dumps({
        "trades": int(len(t)),
        "win_rate": round(float((t > 0).mean()), 3),
        "avg_trade_bps": round(float(t.mean() * 1e4), 2),
        "total_return": round(float(np.prod(1 + t) - 1), 4),
        "worst_trade_bps": round(float(t.min() * 1e4), 2),
    }))


if __name__ == "__main__":
    main()
