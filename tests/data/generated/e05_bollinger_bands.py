# generated: bollinger band mean reversion strategy with stop loss, output backtest stats as json
from __future__ import annotations

import argparse
import json
from typing import Dict, List, Optional

import numpy as np
import pandas as pd


def bollinger(close: pd.Series, window: int, k: float) -> pd.DataFrame:
    mid = close.rolling(window).mean()
    sd = close.rolling(window).std(ddof=0)
    return pd.DataFrame({"mid": mid, "upper": mid + k * sd, "lower": mid - k * sd})


def simulate(close: pd.Series, bands: pd.DataFrame, stop_pct: float) -> List[Dict]:
    trades: List[Dict] = []
    entry: Optional[float] = None
    entry_ts = None
    for ts, price in close.items():
        lo, mid = bands.at[ts, "lower"], bands.at[ts, "mid"]
        if np.isnan(lo):
            continue
        if entry is None and price < lo:
            entry, entry_ts = price, ts
        elif entry is not None:
            hit_stop = price <= entry * (1 - stop_pct)
            if price >= mid or hit_stop:
                trades.append({
                    "entry": entry_ts,
                    "exit": ts,
                    "ret": price / entry - 1,
                    "reason": "stop" if hit_stop else "target",
                })
                entry = None
    return trades


def main():
    parser = argparse.ArgumentParser(description="Bollinger mean reversion")
    parser.add_argument("--window", type=int, default=20)
    parser.add_argument("--k", type=float, default=2.0)
    parser.add_argument("--stop", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--n", type=int, default=1500)
    args = parser.parse_args()

    rng = np.random.default_rng(args.seed)
    close = pd.Series(
        100 * np.exp(np.cumsum(rng.normal(0, 0.01, args.n))),
        index=pd.bdate_range("2019-01-01", periods=args.n),
    )
    bands = bollinger(close, args.window, args.k)
    trades = simulate(close, bands, args.stop)
    rets = np.array([t["ret"] for t in trades])
    holding = [(t["exit"] - t["entry"]).days for t in trades]
    stops = sum(1 for t in trades if t["reason"] == "stop")
    print(f"{len(trades)} trades, {stops} stopped out")
    result = {
        "n_trades": len(trades),
        "win_rate": round(float((rets > 0).mean()), 3) if len(rets) else None,
        "avg_return": round(float(rets.mean()), 5) if len(rets) else None,
        "compounded": round(float(np.prod(1 + rets) - 1), 4) if len(rets) else 0.0,
        "avg_holding_days": round(float(np.mean(holding)), 1) if holding else None,
        "stop_outs": stops,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
