# generated: Lopez de Prado style: build dollar bars from synthetic trades, label with triple-barrier method, evaluate a simple momentum rule against labels, JSON output
import argparse
import json
from collections import Counter

import numpy as np
import pandas as pd


def synthetic_trades(n, seed):
    rng = np.random.default_rng(seed)
    ts = pd.Timestamp("2023-03-01") + pd.to_timedelta(np.cumsum(rng.exponential(0.5, n)), unit="s")
    price = 50 * np.exp(np.cumsum(rng.normal(0, 0.0003, n)))
    size = rng.lognormal(3, 1, n).round()
    return pd.DataFrame({"price": price, "size": size}, index=ts)


def dollar_bars(trades: pd.DataFrame, threshold: float) -> pd.DataFrame:
    dollars = (trades.price * trades["size"]).to_numpy()
    bar_id = np.floor(np.cumsum(dollars) / threshold).astype(int)
    g = trades.groupby(bar_id)
    bars = pd.DataFrame({
        "time": g.apply(lambda x: x.index[-1]),
        "open": g.price.first(), "high": g.price.max(), "low": g.price.min(),
        "close": g.price.last(), "volume": g["size"].sum(),
    })
    return bars.set_index("time")


def triple_barrier(close: np.ndarray, vol: np.ndarray, pt: float, sl: float, horizon: int) -> np.ndarray:
    labels = np.zeros(len(close), dtype=int)
    for i in range(len(close) - 1):
        if np.isnan(vol[i]):
            continue
        up = close[i] * (1 + pt * vol[i])
        dn = close[i] * (1 - sl * vol[i])
        path = close[i + 1:i + 1 + horizon]
        hit_up = np.flatnonzero(path >= up)
        hit_dn = np.flatnonzero(path <= dn)
        first_up = hit_up[0] if hit_up.size else horizon + 1
        first_dn = hit_dn[0] if hit_dn.size else horizon + 1
        if first_up < first_dn:
            labels[i] = 1
        elif first_dn < first_up:
            labels[i] = -1
    return labels


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trades", type=int, default=200_000)
    ap.add_argument("--bar-dollars", type=float, default=2_000_000)
    ap.add_argument("--pt", type=float, default=1.0)
    ap.add_argument("--sl", type=float, default=1.0)
    ap.add_argument("--horizon", type=int, default=20)
    ap.add_argument("--seed", type=int, default=3333)
    args = ap.parse_args()

    trades = synthetic_trades(args.trades, args.seed)
    bars = dollar_bars(trades, args.bar_dollars)
    r = np.log(bars.close).diff()
    vol = r.ewm(span=50).std().to_numpy()
    labels = triple_barrier(bars.close.to_numpy(), vol, args.pt, args.sl, args.horizon)
    mom = np.sign(bars.close.pct_change(5)).fillna(0).astype(int).to_numpy()
    active = (mom != 0) & (labels != 0)
    precision = float((mom[active] == labels[active]).mean()) if active.any() else None
    dist = Counter(labels.tolist())
    print(f"{len(trades)} trades -> {len(bars)} dollar bars; label counts {dict(dist)}")
    print(json.dumps({
        "bars": int(len(bars)),
        "median_bar_seconds": round(float(bars.index.to_series().diff().dt.total_seconds().median()), 2),
        "label_counts": {str(k): v for k, v in sorted(dist.items())},
        "momentum_precision": round(precision, 4) if precision is not None else None,
        "bar_return_autocorr": round(float(r.autocorr()), 4),
    }))


if __name__ == "__main__":
    main()
