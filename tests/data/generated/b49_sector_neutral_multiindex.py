# generated: sector-neutral short-term reversal strategy on a synthetic stock universe with a (date, ticker) MultiIndex, demean within sector by groupby, json results
import argparse
import json

import numpy as np
import pandas as pd


def universe(n_stocks, n_days, seed):
    """Long-format (date, ticker) panel of daily returns with sector factors.

    Each stock's return = its sector factor + idiosyncratic noise, with a small
    negative autocorrelation in the idiosyncratic part so that short-term
    reversal has a (weak) edge to find.
    """
    rng = np.random.default_rng(seed)
    sectors = rng.choice(["tech", "fin", "health", "energy", "staples"], n_stocks)
    tickers = [f"T{i:03d}" for i in range(n_stocks)]
    dates = pd.bdate_range("2018-01-01", periods=n_days)
    sector_f = {s: rng.normal(0, 0.01, n_days) for s in set(sectors)}
    rets = np.empty((n_days, n_stocks))
    prev = np.zeros(n_stocks)
    for t in range(n_days):
        idio = rng.normal(0, 0.015, n_stocks) - 0.05 * prev  # slight short-term reversal
        rets[t] = np.array([sector_f[s][t] for s in sectors]) + idio
        prev = idio
    idx = pd.MultiIndex.from_product([dates, tickers], names=["date", "ticker"])
    df = pd.DataFrame({"ret": rets.ravel()}, index=idx)
    df["sector"] = np.tile(sectors, n_days)
    return df


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stocks", type=int, default=100)
    ap.add_argument("--days", type=int, default=750)
    ap.add_argument("--lookback", type=int, default=5)
    ap.add_argument("--seed", type=int, default=2020)
    args = ap.parse_args()

    df = universe(args.stocks, args.days, args.seed)
    df["past"] = df.groupby(level="ticker")["ret"].transform(lambda s: s.rolling(args.lookback).sum())
    df["signal"] = -(df["past"] - df.groupby([pd.Grouper(level="date"), "sector"])["past"].transform("mean"))
    gross = df.groupby(level="date")["signal"].transform(lambda s: s.abs().sum())
    df["w"] = df["signal"] / gross
    df["w_lag"] = df.groupby(level="ticker")["w"].shift(1)
    df["pnl"] = df["w_lag"] * df["ret"]
    daily = df.groupby(level="date")["pnl"].sum().iloc[args.lookback + 1:]
    sector_pnl = df.groupby("sector")["pnl"].sum()
    net_sector_exposure = df.groupby([pd.Grouper(level="date"), "sector"])["w"].sum().abs().groupby(level="sector").mean()
    turnover = df["w"].unstack("ticker").diff().abs().sum(axis=1).mean()
    eq = (1 + daily).cumprod()
    print(sector_pnl.round(4).to_string())
    print(json.dumps({
        "ann_return": round(float(daily.mean() * 252), 4),
        "sharpe": round(float(daily.mean() / daily.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "avg_daily_turnover": round(float(turnover), 3),
        "sector_pnl": sector_pnl.round(4).to_dict(),
        "max_abs_net_sector_exposure": round(float(net_sector_exposure.max()), 6),
    }))


if __name__ == "__main__":
    main()
