# generated: generate 1-minute synthetic intraday data, resample to 15-minute bars, trade an opening range breakout, output daily stats JSON
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
        idx = pd.date_range(d + pd.Timedelta(hours=9, minutes=30), periods=390, freq="T")
        vol_curve = 1 + 0.8 * np.cos(np.linspace(0, 2 * np.pi, 390))  # U-shaped volatility
        rets = rng.normal(0, 0.0006, 390) * vol_curve
        path = price * np.exp(np.cumsum(rets))
        volume = rng.poisson(2000 * vol_curve)
        frames.append(pd.DataFrame({"price": path, "volume": volume}, index=idx))
        price = path[-1] * np.exp(rng.normal(0, 0.004))  # overnight gap
    return pd.concat(frames)


def to_bars(ticks: pd.DataFrame, rule: str) -> pd.DataFrame:
    ohlc = ticks["price"].resample(rule).ohlc()
    vol = ticks["volume"].resample(rule).sum()
    pv = (ticks["price"] * ticks["volume"]).resample(rule).sum()
    bars = ohlc.join(vol).assign(vwap=pv / vol)
    return bars.dropna()


def opening_range_breakout(bars: pd.DataFrame, or_bars: int, stop_mult: float) -> pd.DataFrame:
    records = []
    for day, session in bars.groupby(bars.index.date):
        if len(session) <= or_bars:
            continue
        opening = session.iloc[:or_bars]
        hi, lo = opening["high"].max(), opening["low"].min()
        width = hi - lo
        rest = session.iloc[or_bars:]
        side, entry, exit_px, reason = 0, np.nan, np.nan, "none"
        for ts, bar in rest.iterrows():
            if side == 0:
                if bar["close"] > hi:
                    side, entry = 1, bar["close"]
                elif bar["close"] < lo:
                    side, entry = -1, bar["close"]
            else:
                stop = entry - side * stop_mult * width
                if (side == 1 and bar["low"] < stop) or (side == -1 and bar["high"] > stop):
                    exit_px, reason = stop, "stop"
                    break
        if side != 0 and np.isnan(exit_px):
            exit_px, reason = rest["close"].iloc[-1], "close"
        pnl = side * (exit_px - entry) / entry if side else 0.0
        records.append({"date": pd.Timestamp(day), "side": side, "pnl": pnl, "exit": reason, "range_pct": width / opening["open"].iloc[0]})
    return pd.DataFrame(records).set_index("date")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=120)
    ap.add_argument("--rule", default="15T", help="pandas resample rule")
    ap.add_argument("--or-bars", type=int, default=2)
    ap.add_argument("--stop-mult", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args()

    ticks = minute_bars(args.days, args.seed)
    bars = to_bars(ticks, args.rule)
    trades = opening_range_breakout(bars, args.or_bars, args.stop_mult)
    active = trades[trades["side"] != 0]
    eq = (1 + trades["pnl"]).cumprod()
    weekly = trades["pnl"].resample("W").sum()
    print(f"{len(ticks)} minute rows -> {len(bars)} bars; {len(active)} trading days")
    print(active["exit"].value_counts().to_string())
    print(json.dumps({
        "days": len(trades),
        "trades": int(len(active)),
        "win_rate": round(float((active["pnl"] > 0).mean()), 3),
        "avg_trade_bps": round(float(active["pnl"].mean() * 1e4), 2),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "daily_sharpe_ann": round(float(trades["pnl"].mean() / trades["pnl"].std() * np.sqrt(252)), 3),
        "best_week": round(float(weekly.max()), 4),
        "worst_week": round(float(weekly.min()), 4),
        "avg_range_pct": round(float(trades["range_pct"].mean()), 5),
    }))


if __name__ == "__main__":
    main()
