# generated: multi-asset carry plus trend strategy with pandas merge of two data sources and MultiIndex columns, json output
import argparse
import json

import numpy as np
import pandas as pd


def build_prices(assets, n, rng):
    idx = pd.bdate_range("2014-01-01", periods=n)
    frames = []
    for a in assets:
        r = rng.normal(0.0001, 0.009, n)
        frames.append(pd.DataFrame({"date": idx, "asset": a, "close": 100 * np.exp(np.cumsum(r))}))
    return pd.concat(frames, ignore_index=True)


def build_carry(assets, n, rng):
    # monthly carry observations, to be merged as-of onto daily prices
    months = pd.date_range("2013-12-31", periods=n // 21 + 2, freq="M")
    rows = []
    for a in assets:
        level = rng.normal(0, 0.02)
        for m in months:
            level = 0.9 * level + rng.normal(0, 0.005)
            rows.append({"date": m, "asset": a, "carry": level})
    return pd.DataFrame(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1800)
    ap.add_argument("--trend", type=int, default=120)
    ap.add_argument("--carry-weight", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=33)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    assets = ["AUD", "CAD", "EUR", "JPY", "NZD", "NOK"]
    prices = build_prices(assets, args.n, rng).sort_values("date")
    carry = build_carry(assets, args.n, rng).sort_values("date")
    merged = pd.merge_asof(prices, carry, on="date", by="asset", direction="backward")

    panel = merged.set_index(["date", "asset"]).unstack("asset")  # MultiIndex columns (field, asset)
    close = panel["close"]
    rets = close.pct_change()
    trend = np.sign(close / close.rolling(args.trend).mean() - 1)
    carry_rank = panel["carry"].rank(axis=1, pct=True) * 2 - 1
    raw = args.carry_weight * carry_rank + (1 - args.carry_weight) * trend
    vol = rets.rolling(60).std() * np.sqrt(252)
    weights = (raw / vol).div((raw / vol).abs().sum(axis=1), axis=0).fillna(0)

    combined = pd.concat({"weight": weights, "ret": rets}, axis=1)
    pnl = (combined["weight"].shift() * combined["ret"]).sum(axis=1)
    pnl = pnl.loc[weights.abs().sum(axis=1).shift().fillna(0) > 0]
    eq = (1 + pnl).cumprod()

    contrib = (weights.shift() * rets).sum().sort_values()
    print("per-asset contribution:")
    print(contrib.round(4).to_string())
    yearly = pnl.groupby(pnl.index.year).sum()
    print(json.dumps({
        "days": int(len(pnl)),
        "ann_return": round(float(pnl.mean() * 252), 4),
        "sharpe": round(float(pnl.mean() / pnl.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "contribution": contrib.round(4).to_dict(),
        "yearly": {int(y): round(float(v), 4) for y, v in yearly.items()},
        "columns_levels": list(panel.columns.names),
    }))


if __name__ == "__main__":
    main()
