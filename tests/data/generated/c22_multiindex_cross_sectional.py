# generated: cross-sectional mean reversion on a panel of stocks using a pandas MultiIndex (date, ticker), groupby ranking, long-short deciles, output JSON
import argparse
import json

import numpy as np
import pandas as pd


def make_panel(n_days, n_stocks, seed):
    rng = np.random.default_rng(seed)
    dates = pd.bdate_range("2018-01-01", periods=n_days)
    tickers = [f"S{i:03d}" for i in range(n_stocks)]
    market = rng.normal(0.0003, 0.01, n_days)
    betas = rng.uniform(0.6, 1.4, n_stocks)
    idio = rng.normal(0, 0.015, (n_days, n_stocks))
    # inject short-term reversal: idiosyncratic shocks partially reverse next day
    idio[1:] -= 0.1 * idio[:-1]
    rets = market[:, None] * betas[None, :] + idio
    sectors = rng.choice(["TECH", "FIN", "HLTH", "ENGY"], n_stocks)
    mi = pd.MultiIndex.from_product([dates, tickers], names=["date", "ticker"])
    df = pd.DataFrame({"ret": rets.ravel()}, index=mi)
    df["sector"] = np.tile(sectors, n_days)
    return df


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=750)
    ap.add_argument("--stocks", type=int, default=100)
    ap.add_argument("--buckets", type=int, default=10)
    ap.add_argument("--neutralize", choices=["none", "sector"], default="sector")
    ap.add_argument("--seed", type=int, default=3)
    a = ap.parse_args()

    df = make_panel(a.days, a.stocks, a.seed)
    df["signal"] = -df["ret"]
    if a.neutralize == "sector":
        df["signal"] = df["signal"] - df.groupby(["date", "sector"])["signal"].transform("mean")
    df["bucket"] = df.groupby(level="date")["signal"].transform(
        lambda s: pd.qcut(s.rank(method="first"), a.buckets, labels=False))
    df["fwd"] = df.groupby(level="ticker")["ret"].shift(-1)

    bucket_ret = df.dropna(subset=["fwd"]).groupby(["date", "bucket"])["fwd"].mean().unstack("bucket")
    ls = bucket_ret[a.buckets - 1] - bucket_ret[0]
    mean_by_bucket = bucket_ret.mean() * 1e4
    print("mean next-day return by bucket (bps):")
    print(mean_by_bucket.round(2).to_string())

    ic = df.dropna(subset=["fwd"]).groupby(level="date").apply(lambda g: g["signal"].rank().corr(g["fwd"].rank()))
    sector_ls = (df.dropna(subset=["fwd"])
                   .assign(w=lambda d: np.sign(d["signal"]))
                   .assign(pnl=lambda d: d["w"] * d["fwd"])
                   .groupby("sector")["pnl"].mean() * 1e4)
    eq = (1 + ls).cumprod()
    print(json.dumps({
        "ls_ann_ret": round(float(ls.mean() * 252), 4),
        "ls_sharpe": round(float(ls.mean() / ls.std() * np.sqrt(252)), 3),
        "ls_max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "mean_ic": round(float(ic.mean()), 4),
        "ic_ir": round(float(ic.mean() / ic.std()), 3),
        "monotonic": bool(mean_by_bucket.is_monotonic_increasing),
        "sector_pnl_bps": sector_ls.round(3).to_dict(),
    }))


if __name__ == "__main__":
    main()
