# generated: calendar seasonality strategy: learn day-of-week and turn-of-month effects on a training period with groupby, trade them out of sample, json
import argparse
import json

import numpy as np
import pandas as pd


def synthetic_index(n, seed):
    idx = pd.bdate_range("2005-01-03", periods=n)
    rng = np.random.default_rng(seed)
    base = rng.normal(0.0002, 0.01, n)
    dow_effect = np.array([-0.0004, 0.0001, 0.0002, 0.0001, 0.0005])[idx.dayofweek]
    tom = (idx.day >= 26) | (idx.day <= 3)
    return pd.Series(base + dow_effect + 0.0006 * tom, index=idx, name="ret")


def features(r: pd.Series) -> pd.DataFrame:
    df = r.to_frame()
    df["dow"] = df.index.day_name()
    bmonth = df.groupby([df.index.year, df.index.month]).cumcount()
    df["tday"] = bmonth.values
    df["tday_rev"] = df.groupby([df.index.year, df.index.month]).cumcount(ascending=False).values
    df["tom"] = (df["tday"] <= 2) | (df["tday_rev"] <= 3)
    return df


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=4500)
    ap.add_argument("--split", type=float, default=0.6)
    ap.add_argument("--seed", type=int, default=404)
    ap.add_argument("--min-t", type=float, default=1.0, help="min t-stat to trade an effect")
    args = ap.parse_args()

    df = features(synthetic_index(args.n, args.seed))
    cut = int(len(df) * args.split)
    train, test = df.iloc[:cut], df.iloc[cut:]

    dow_stats = train.groupby("dow")["ret"].agg(["mean", "std", "count"])
    dow_stats["t"] = dow_stats["mean"] / (dow_stats["std"] / np.sqrt(dow_stats["count"]))
    tom_stats = train.groupby("tom")["ret"].agg(["mean", "std", "count"])
    tom_stats["t"] = tom_stats["mean"] / (tom_stats["std"] / np.sqrt(tom_stats["count"]))
    print(dow_stats.round(5).to_string())

    good_days = set(dow_stats.index[dow_stats["t"] > args.min_t])
    tom_good = bool(tom_stats.loc[True, "t"] > args.min_t)
    signal = test["dow"].isin(good_days) | (test["tom"] & tom_good)
    strat = test["ret"].where(signal, 0.0)

    def summary(r):
        eq = (1 + r).cumprod()
        return {"ann_ret": round(float(r.mean() * 252), 4),
                "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
                "max_dd": round(float((eq / eq.cummax() - 1).min()), 4)}

    out = {
        "traded_days": sorted(good_days),
        "trade_turn_of_month": tom_good,
        "exposure": round(float(signal.mean()), 3),
        "oos_strategy": summary(strat),
        "oos_buy_hold": summary(test["ret"]),
        "train_dow_mean_bps": (dow_stats["mean"] * 1e4).round(2).to_dict(),
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
