# generated: sector rotation strategy using a pandas MultiIndex (date, sector, ticker), groupby sector momentum, pivot tables and merge; output JSON statistics
import argparse
import json
import math

import numpy as np
import pandas as pd

SECTORS = {
    "tech": ["AAA", "AAB", "AAC", "AAD"],
    "energy": ["EEA", "EEB", "EEC"],
    "health": ["HHA", "HHB", "HHC", "HHD"],
    "finance": ["FFA", "FFB", "FFC"],
    "utilities": ["UUA", "UUB"],
}


def long_format_prices(days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    dates = pd.bdate_range("2015-01-01", periods=days)
    frames = []
    for i, (sector, tickers) in enumerate(SECTORS.items()):
        sector_drift = rng.normal(0.0003, 0.0003)
        sector_shock = rng.normal(sector_drift, 0.01, days)
        # slow-moving sector trend so momentum has some persistence
        sector_shock += np.repeat(rng.normal(0, 0.0008, days // 60 + 1), 60)[:days]
        for t in tickers:
            r = sector_shock + rng.normal(0, 0.012, days)
            frames.append(pd.DataFrame({"date": dates, "sector": sector, "ticker": t,
                                        "close": 50 * np.exp(np.cumsum(r))}))
    df = pd.concat(frames, ignore_index=True)
    return df.set_index(["date", "sector", "ticker"]).sort_index()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=2000)
    ap.add_argument("--lookback", type=int, default=3, help="months")
    ap.add_argument("--top", type=int, default=2, help="sectors held")
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()

    px = long_format_prices(a.days, a.seed)
    print(f"panel: {px.index.get_level_values('ticker').nunique()} tickers, "
          f"{px.index.get_level_values('date').nunique()} dates, index levels {list(px.index.names)}")

    wide = px["close"].unstack(["sector", "ticker"])
    monthly = wide.resample("M").last()
    stock_ret = monthly.pct_change()
    sector_ret = stock_ret.groupby(level="sector", axis=1).mean()

    mom = (1 + sector_ret).rolling(a.lookback).apply(np.prod, raw=True) - 1
    ranks = mom.rank(axis=1, ascending=False)
    held = (ranks <= a.top).astype(float)
    weights = held.div(held.sum(axis=1), axis=0).shift(1)

    strat = (weights * sector_ret).sum(axis=1, min_count=1).dropna()
    bench = sector_ret.mean(axis=1).loc[strat.index]

    long = held.stack().rename("held").reset_index()
    long.columns = ["date", "sector", "held"]
    counts = long.pivot_table(index="sector", values="held", aggfunc="sum")
    last = sector_ret.tail(1).T.reset_index()
    last.columns = ["sector", "last_month_ret"]
    summary = counts.reset_index().merge(last, on="sector")

    def stats(r):
        eq = (1 + r).cumprod()
        return {"ann": round(float(eq.iloc[-1] ** (12 / len(r)) - 1), 4),
                "vol": round(float(r.std() * math.sqrt(12)), 4),
                "max_dd": round(float((eq / eq.cummax() - 1).min()), 4)}

    print(summary.to_string(index=False))
    print(json.dumps({
        "months": len(strat),
        "strategy": stats(strat),
        "equal_weight_sectors": stats(bench),
        "hit_rate_vs_bench": round(float((strat > bench).mean()), 3),
        "months_held": {r.sector: int(r.held) for r in summary.itertuples()},
    }))


if __name__ == "__main__":
    main()
