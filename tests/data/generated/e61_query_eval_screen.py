# generated: daily stock screener + rotation strategy that filters a synthetic universe with DataFrame.query and DataFrame.eval, print JSON
"""Quality-momentum rotation using pandas query/eval screens on synthetic fundamentals."""
import argparse
import json

import numpy as np
import pandas as pd


def make_universe(n: int, months: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    dates = pd.date_range("2016-01-31", periods=months, freq="M")
    rows = []
    quality = rng.normal(0, 1, n)
    for d in dates:
        ret = 0.004 * quality + rng.normal(0.006, 0.06, n)
        rows.append(pd.DataFrame({
            "date": d,
            "ticker": [f"T{i:03d}" for i in range(n)],
            "ret": ret,
            "roe": 0.12 + 0.05 * quality + rng.normal(0, 0.02, n),
            "debt_to_equity": np.abs(1.0 - 0.3 * quality + rng.normal(0, 0.3, n)),
            "pe": np.abs(18 + rng.normal(0, 6, n)),
            "mcap_bn": np.exp(rng.normal(2, 1, n)),
        }))
    df = pd.concat(rows, ignore_index=True)
    df["mom_12m"] = df.groupby("ticker")["ret"].transform(lambda r: (1 + r).rolling(12).apply(np.prod, raw=True) - 1)
    df["fwd_ret"] = df.groupby("ticker")["ret"].shift(-1)
    return df


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--stocks", type=int, default=200)
    ap.add_argument("--months", type=int, default=96)
    ap.add_argument("--min-roe", type=float, default=0.12, dest="min_roe")
    ap.add_argument("--max-de", type=float, default=1.5, dest="max_de")
    ap.add_argument("--min-mcap", type=float, default=2.0, dest="min_mcap")
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--seed", type=int, default=77)
    a = ap.parse_args()
    df = make_universe(a.stocks, a.months, a.seed)
    df = df.eval("earnings_yield = 1 / pe")
    df = df.eval("score = roe * 2 + earnings_yield * 3 + mom_12m")
    min_roe, max_de, min_mcap = a.min_roe, a.max_de, a.min_mcap
    screened = df.query("roe > @min_roe and debt_to_equity < @max_de and mcap_bn > @min_mcap and mom_12m == mom_12m")
    picks = screened.sort_values("score", ascending=False).groupby("date").head(a.top)
    port = picks.groupby("date")["fwd_ret"].mean().dropna()
    bench = df.dropna(subset=["fwd_ret"]).groupby("date")["fwd_ret"].mean().reindex(port.index)
    active = port - bench
    eq = (1 + port).cumprod()
    survivors = screened.groupby("date")["ticker"].count()
    print(f"average names passing screen: {survivors.mean():.1f}")
    print(json.dumps({
        "months_traded": int(len(port)),
        "ann_return": round(float((1 + port).prod() ** (12 / len(port)) - 1), 4),
        "bench_ann_return": round(float((1 + bench).prod() ** (12 / len(bench)) - 1), 4),
        "info_ratio": round(float(active.mean() / active.std() * np.sqrt(12)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "avg_screen_size": round(float(survivors.mean()), 1),
        "last_picks": picks[picks["date"] == picks["date"].max()]["ticker"].head(5).tolist(),
    }))


if __name__ == "__main__":
    main()
