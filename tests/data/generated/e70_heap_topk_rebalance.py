# generated: low-volatility anomaly strategy picking the k least volatile stocks each month with heapq.nsmallest; progress printed with flush, json at end
import argparse
import heapq
import json
import time

import numpy as np
import pandas as pd


def extra_stats(r: pd.Series, periods: int = 252) -> dict:
    """A few more risk numbers: Sortino, Calmar, best/worst period and skew."""
    downside = r[r < 0]
    dd_dev = float(np.sqrt((downside ** 2).mean())) if len(downside) else 0.0
    eq = (1 + r).cumprod()
    max_dd = float((eq / eq.cummax() - 1).min())
    cagr = float(eq.iloc[-1] ** (periods / len(r)) - 1)
    return {
        "sortino": round(float(r.mean() / dd_dev * np.sqrt(periods)), 3) if dd_dev else None,
        "calmar": round(cagr / abs(max_dd), 3) if max_dd else None,
        "best_period": round(float(r.max()), 5),
        "worst_period": round(float(r.min()), 5),
        "skew": round(float(r.skew()), 3),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stocks", type=int, default=100)
    ap.add_argument("--days", type=int, default=2520)
    ap.add_argument("--k", type=int, default=20)
    ap.add_argument("--window", type=int, default=126)
    ap.add_argument("--seed", type=int, default=2718)
    a = ap.parse_args()
    t0 = time.time()
    rng = np.random.default_rng(a.seed)
    vols = rng.uniform(0.12, 0.6, a.stocks) / np.sqrt(252)
    betas = 0.5 + vols / vols.mean() * 0.5
    mkt = rng.normal(0.0003, 0.01, a.days)
    rets = mkt[:, None] * betas + rng.normal(0, 1, (a.days, a.stocks)) * vols * 0.8 + 0.0001
    df = pd.DataFrame(rets, index=pd.bdate_range("2012-01-02", periods=a.days),
                      columns=[f"X{i:03d}" for i in range(a.stocks)])
    month_ends = df.groupby(df.index.to_period("M")).tail(1).index
    holdings = {}
    for n, dt in enumerate(month_ends):
        hist = df.loc[:dt].tail(a.window)
        if len(hist) < a.window:
            continue
        vol = hist.std()
        holdings[dt] = [name for _, name in heapq.nsmallest(a.k, zip(vol.values, vol.index))]
        if n % 24 == 0:
            print(f"[{time.time() - t0:5.2f}s] {dt:%Y-%m} lowest vol: {holdings[dt][0]}", flush=True)
    W = pd.DataFrame(0.0, index=list(holdings), columns=df.columns)
    for dt, names in holdings.items():
        W.loc[dt, names] = 1.0 / a.k
    W = W.reindex(df.index, method="ffill").shift(1).dropna()
    port = (W * df.loc[W.index]).sum(axis=1)
    ew = df.loc[W.index].mean(axis=1)
    eq, eq_ew = (1 + port).cumprod(), (1 + ew).cumprod()
    beta = np.cov(port, mkt[-len(port):])[0, 1] / mkt[-len(port):].var()
    print(json.dumps({
        "low_vol_sharpe": round(float(port.mean() / port.std() * np.sqrt(252)), 3),
        "equal_weight_sharpe": round(float(ew.mean() / ew.std() * np.sqrt(252)), 3),
        "low_vol_return": round(float(eq.iloc[-1] - 1), 4),
        "equal_weight_return": round(float(eq_ew.iloc[-1] - 1), 4),
        "low_vol_beta": round(float(beta), 3),
        "extra": extra_stats(port),
        "rebalances": len(holdings),
        "elapsed_s": round(time.time() - t0, 2),
    }))


if __name__ == "__main__":
    main()
