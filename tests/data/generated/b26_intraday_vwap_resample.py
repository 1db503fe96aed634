# generated: intraday opening range breakout on synthetic 1-minute bars, resample to 5min and daily with pandas, print JSON stats
import argparse
import json

import numpy as np
import pandas as pd


def minute_bars(days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    sessions = pd.bdate_range("2023-01-02", periods=days)
    frames = []
    price = 400.0
    for d in sessions:
        idx = pd.date_range(d + pd.Timedelta(hours=9, minutes=30), periods=390, freq="min")
        gap = rng.normal(0, 0.004)
        drift = rng.normal(0, 0.00005)
        r = rng.normal(drift, 0.0007, 390)
        r[0] += gap
        px = price * np.exp(np.cumsum(r))
        vol = rng.poisson(2000, 390) * (1 + np.cos(np.linspace(0, 2 * np.pi, 390)))
        frames.append(pd.DataFrame({"price": px, "volume": vol.astype(int)}, index=idx))
        price = px[-1]
    return pd.concat(frames)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=120)
    ap.add_argument("--or-minutes", type=int, default=30, choices=[5, 15, 30, 60])
    ap.add_argument("--seed", type=int, default=71)
    args = ap.parse_args()

    m1 = minute_bars(args.days, args.seed)
    m5 = m1["price"].resample("5min").ohlc().dropna()
    m5["volume"] = m1["volume"].resample("5min").sum()
    m5["vwap"] = (m1["price"] * m1["volume"]).resample("5min").sum() / m5["volume"]
    print(f"{len(m1)} one-minute bars -> {len(m5)} five-minute bars")

    results = []
    for day, g in m5.groupby(m5.index.date):
        cutoff = g.index[0] + pd.Timedelta(minutes=args.or_minutes)
        opening = g[g.index < cutoff]
        rest = g[g.index >= cutoff]
        if rest.empty:
            continue
        hi, lo = opening["high"].max(), opening["low"].min()
        long_hit = rest[rest["high"] > hi]
        short_hit = rest[rest["low"] < lo]
        t_long = long_hit.index[0] if len(long_hit) else None
        t_short = short_hit.index[0] if len(short_hit) else None
        if t_long is None and t_short is None:
            results.append({"day": str(day), "side": 0, "ret": 0.0})
            continue
        if t_short is None or (t_long is not None and t_long <= t_short):
            side, entry = 1, hi
        else:
            side, entry = -1, lo
        exit_px = rest["close"].iloc[-1]
        results.append({"day": str(day), "side": side, "ret": side * (exit_px / entry - 1)})

    res = pd.DataFrame(results).set_index("day")
    daily = res["ret"]
    eq = (1 + daily).cumprod()
    vwap_dev = (m5["close"] / m5["vwap"] - 1).abs().mean()
    print(json.dumps({
        "days": int(len(res)),
        "trades": int((res["side"] != 0).sum()),
        "long_trades": int((res["side"] == 1).sum()),
        "mean_daily_ret": round(float(daily.mean()), 6),
        "sharpe": round(float(daily.mean() / daily.std() * np.sqrt(252)), 3),
        "final_equity": round(float(eq.iloc[-1]), 4),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "avg_abs_vwap_dev": round(float(vwap_dev), 6),
    }))


if __name__ == "__main__":
    main()
