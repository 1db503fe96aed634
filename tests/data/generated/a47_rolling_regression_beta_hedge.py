# generated: market-neutral strategy: estimate rolling beta of a stock to the index with rolling cov/var, hedge, and trade residual momentum; output JSON
import argparse
import json
import statistics

import numpy as np
import pandas as pd


def make_market(n, seed, true_beta=1.2):
    rng = np.random.default_rng(seed)
    mkt = rng.normal(0.0003, 0.011, n)
    beta_path = true_beta + 0.3 * np.sin(np.arange(n) / 200)
    idio = np.zeros(n)
    for t in range(1, n):
        idio[t] = 0.03 * idio[t - 1] + rng.normal(0.0001, 0.012)
    stock = beta_path * mkt + idio
    idx = pd.bdate_range("2013-01-01", periods=n)
    return pd.DataFrame({"mkt": mkt, "stock": stock}, index=idx), pd.Series(beta_path, index=idx)


def rolling_beta(df: pd.DataFrame, window: int) -> pd.Series:
    cov = df["stock"].rolling(window).cov(df["mkt"])
    var = df["mkt"].rolling(window).var()
    return cov / var


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=2500)
    ap.add_argument("--beta-window", type=int, default=120)
    ap.add_argument("--mom-window", type=int, default=20)
    ap.add_argument("--seed", type=int, default=46)
    args = ap.parse_args()

    df, true_beta = make_market(args.days, args.seed)
    beta = rolling_beta(df, args.beta_window).shift(1)
    hedged = df["stock"] - beta * df["mkt"]
    resid_mom = hedged.rolling(args.mom_window).sum()
    pos = np.sign(resid_mom).shift(1)
    strat = (pos * hedged).dropna()
    unhedged = (pos * df["stock"]).dropna()
    beta_err = (beta - true_beta).dropna()
    realized_beta = np.polyfit(df["mkt"].loc[strat.index], strat, 1)[0]

    vals = strat.tolist()
    print(f"beta estimate error: mean {beta_err.mean():+.3f}, rmse {np.sqrt((beta_err ** 2).mean()):.3f}")
    print(json.dumps({
        "hedged": {
            "ann_return": round(statistics.fmean(vals) * 252, 4),
            "ann_vol": round(statistics.stdev(vals) * np.sqrt(252), 4),
            "sharpe": round(statistics.fmean(vals) / statistics.stdev(vals) * np.sqrt(252), 3),
            "realized_market_beta": round(float(realized_beta), 3),
        },
        "unhedged": {
            "ann_return": round(float(unhedged.mean() * 252), 4),
            "ann_vol": round(float(unhedged.std() * np.sqrt(252)), 4),
            "sharpe": round(float(unhedged.mean() / unhedged.std() * np.sqrt(252)), 3),
            "corr_with_market": round(float(unhedged.corr(df["mkt"].loc[unhedged.index])), 3),
        },
        "last_beta": round(float(beta.iloc[-1]), 3),
        "stats_correlation_check": round(statistics.correlation(df["mkt"].tolist(), df["stock"].tolist()), 3),
    }))


if __name__ == "__main__":
    main()
