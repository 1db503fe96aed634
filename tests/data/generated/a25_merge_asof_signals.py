# generated: combine a daily price series with irregular "earnings" events using pandas merge_asof and trade post-earnings drift, print JSON
import argparse
import json

import numpy as np
import pandas as pd


def make_data(n_days, n_events, seed):
    rng = np.random.default_rng(seed)
    dates = pd.bdate_range("2015-01-01", periods=n_days)
    event_days = np.sort(rng.choice(np.arange(30, n_days - 30), size=n_events, replace=False))
    surprise = rng.normal(0, 1, n_events)
    rets = rng.normal(0.0002, 0.012, n_days)
    for d, s in zip(event_days, surprise):
        rets[d] += 0.02 * s                       # announcement jump
        rets[d + 1:d + 21] += 0.0008 * s          # drift
    prices = pd.DataFrame({"date": dates, "close": 60 * np.exp(np.cumsum(rets))})
    events = pd.DataFrame({
        "date": dates[event_days] + pd.Timedelta(hours=16),
        "surprise": surprise.round(3),
        "eps_actual": (1 + 0.1 * surprise).round(2),
    })
    return prices, events


def build_positions(prices, events, hold, threshold):
    df = pd.merge_asof(
        prices.sort_values("date"),
        events.sort_values("date").assign(event_date=lambda e: e["date"]),
        on="date",
        direction="backward",
        tolerance=pd.Timedelta(days=int(hold * 1.6)),
    )
    df["days_since"] = df.groupby("event_date").cumcount()
    in_window = df["event_date"].notna() & (df["days_since"] >= 1) & (df["days_since"] <= hold)
    df["position"] = np.where(in_window & (df["surprise"].abs() > threshold), np.sign(df["surprise"]), 0.0)
    df["ret"] = df["close"].pct_change().fillna(0)
    df["strat"] = df["position"].shift(1).fillna(0) * df["ret"]
    return df


def main():
    ap = argparse.ArgumentParser(description="post earnings announcement drift")
    ap.add_argument("--days", type=int, default=2000)
    ap.add_argument("--events", type=int, default=32)
    ap.add_argument("--hold", type=int, default=20)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()

    prices, events = make_data(args.days, args.events, args.seed)
    df = build_positions(prices, events, args.hold, args.threshold)
    eq = (1 + df["strat"]).cumprod()
    per_event = df[df["position"] != 0].groupby("event_date").agg(
        surprise=("surprise", "first"), pnl=("strat", lambda r: (1 + r).prod() - 1), days=("strat", "size")
    )
    corr = per_event[["surprise", "pnl"]].corr().iloc[0, 1] if len(per_event) > 2 else float("nan")
    print(per_event.head().round(4).to_string())
    print(json.dumps({
        "events_traded": int(len(per_event)),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "avg_event_pnl": round(float(per_event["pnl"].mean()), 4),
        "hit_rate": round(float((per_event["pnl"] > 0).mean()), 3),
        "surprise_pnl_corr": None if np.isnan(corr) else round(float(corr), 3),
        "exposure": round(float((df["position"] != 0).mean()), 3),
    }))


if __name__ == "__main__":
    main()
