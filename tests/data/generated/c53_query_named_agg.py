# generated: screen for oversold stocks with DataFrame.query, then evaluate forward returns with groupby named aggregations; JSON summary
import argparse
import json

import numpy as np
import pandas as pd


def build_universe(n_stocks, n_days, seed):
    rng = np.random.default_rng(seed)
    dates = pd.bdate_range("2019-01-01", periods=n_days)
    frames = []
    for i in range(n_stocks):
        r = rng.normal(0.0003, rng.uniform(0.01, 0.03), n_days)
        r[1:] -= 0.08 * r[:-1]
        close = 20 * np.exp(np.cumsum(r))
        frames.append(pd.DataFrame({
            "date": dates, "ticker": f"TK{i:03d}", "close": close,
            "volume": rng.lognormal(12, 0.5, n_days).astype(int),
            "sector": ["A", "B", "C", "D"][i % 4],
        }))
    return pd.concat(frames, ignore_index=True)


def add_features(df):
    g = df.groupby("ticker", group_keys=False)
    df["ret1"] = g["close"].pct_change()
    df["ret5"] = g["close"].pct_change(5)
    df["sma50"] = g["close"].transform(lambda s: s.rolling(50).mean())
    df["vol20"] = g["ret1"].transform(lambda s: s.rolling(20).std())
    df["adv20"] = g["volume"].transform(lambda s: s.rolling(20).mean())
    df["fwd5"] = g["close"].shift(-5) / df["close"] - 1
    df["z5"] = df["ret5"] / (df["vol20"] * np.sqrt(5))
    return df


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stocks", type=int, default=60)
    ap.add_argument("--days", type=int, default=800)
    ap.add_argument("--z", type=float, default=-2.0)
    ap.add_argument("--min-adv", type=float, default=150000)
    ap.add_argument("--seed", type=int, default=5)
    a = ap.parse_args()

    df = add_features(build_universe(a.stocks, a.days, a.seed)).dropna()
    z_thr, min_adv = a.z, a.min_adv
    picks = df.query("z5 < @z_thr and adv20 > @min_adv and close > sma50")
    control = df.query("z5 >= @z_thr")

    summary = picks.groupby("sector").agg(
        n=("fwd5", "size"),
        mean_fwd5=("fwd5", "mean"),
        hit=("fwd5", lambda s: (s > 0).mean()),
        avg_z=("z5", "mean"),
    ).round(4)
    print(summary.to_string())
    by_month = picks.assign(month=picks.date.dt.to_period("M")).groupby("month")["fwd5"].mean()
    print(json.dumps({
        "n_signals": int(len(picks)),
        "mean_fwd5_picks": round(float(picks.fwd5.mean()), 5),
        "mean_fwd5_control": round(float(control.fwd5.mean()), 5),
        "hit_rate": round(float((picks.fwd5 > 0).mean()), 4),
        "positive_months": round(float((by_month > 0).mean()), 3),
        "by_sector": summary.reset_index().to_dict(orient="records"),
    }))


if __name__ == "__main__":
    main()
