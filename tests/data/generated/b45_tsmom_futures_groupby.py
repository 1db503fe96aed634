# generated: time-series momentum across a futures universe with volatility scaling (Moskowitz-Ooi-Pedersen), long-format pandas with groupby transform, print json
import argparse
import json

import numpy as np
import pandas as pd

SECTORS = {
    "ES": "equity", "NQ": "equity", "FESX": "equity",
    "ZN": "rates", "ZB": "rates", "BUND": "rates",
    "CL": "commodity", "GC": "commodity", "HG": "commodity",
    "6E": "fx", "6J": "fx", "6A": "fx",
}


def make_long_panel(n_days, seed):
    rng = np.random.default_rng(seed)
    dates = pd.bdate_range("2006-01-02", periods=n_days)
    rows = []
    for i, (tk, sector) in enumerate(SECTORS.items()):
        vol = rng.uniform(0.05, 0.35) / np.sqrt(252)
        persistence = np.repeat(rng.normal(0, 0.3, n_days // 60 + 1), 60)[:n_days] * vol
        r = persistence * 0.3 + rng.normal(0, vol, n_days)
        rows.append(pd.DataFrame({"date": dates, "ticker": tk, "sector": sector, "ret": r}))
    return pd.concat(rows, ignore_index=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=3500)
    ap.add_argument("--lookback", type=int, default=252)
    ap.add_argument("--target-vol", type=float, default=0.40)
    ap.add_argument("--seed", type=int, default=1616)
    args = ap.parse_args()

    df = make_long_panel(args.days, args.seed).sort_values(["ticker", "date"])
    g = df.groupby("ticker")["ret"]
    df["ex_ante_vol"] = g.transform(lambda s: (s ** 2).ewm(com=60).mean().pow(0.5) * np.sqrt(252))
    df["trailing"] = g.transform(lambda s: s.rolling(args.lookback).sum())
    df["weight"] = np.sign(df["trailing"]) * args.target_vol / df["ex_ante_vol"]
    df["weight_lag"] = df.groupby("ticker")["weight"].shift(1)
    df["pnl"] = df["weight_lag"] * df["ret"]
    df = df.dropna(subset=["pnl"])

    port = df.groupby("date")["pnl"].mean()
    by_sector = df.groupby(["sector", "date"])["pnl"].mean().groupby(level="sector").agg(
        lambda x: x.mean() / x.std() * np.sqrt(252))
    by_ticker = df.pivot_table(index="date", columns="ticker", values="pnl").sum().sort_values()
    eq = (1 + port).cumprod()
    print(by_sector.round(3).to_string())
    print(json.dumps({
        "days": int(port.size),
        "ann_return": round(float(port.mean() * 252), 4),
        "ann_vol": round(float(port.std() * np.sqrt(252)), 4),
        "sharpe": round(float(port.mean() / port.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "sector_sharpe": by_sector.round(3).to_dict(),
        "best_ticker": by_ticker.index[-1],
        "worst_ticker": by_ticker.index[0],
    }))


if __name__ == "__main__":
    main()
