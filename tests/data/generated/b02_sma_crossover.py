# generated: simple moving average crossover strategy with command line options, output results as json
import argparse
import json
import time

import numpy as np
import pandas as pd


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--fast", type=int, default=20, help="fast SMA window")
    p.add_argument("--slow", type=int, default=100, help="slow SMA window")
    p.add_argument("--bars", type=int, default=2000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--allow-short", action="store_true")
    return p.parse_args()


def synthetic_ohlc(bars, seed):
    rng = np.random.default_rng(seed)
    rets = rng.normal(0.0003, 0.012, bars)
    close = 50 * np.exp(np.cumsum(rets))
    high = close * (1 + np.abs(rng.normal(0, 0.005, bars)))
    low = close * (1 - np.abs(rng.normal(0, 0.005, bars)))
    open_ = np.r_[close[0], close[:-1]]
    df = pd.DataFrame(
        {"open": open_, "high": high, "low": low, "close": close},
        index=pd.date_range("2015-01-02", periods=bars, freq="B"),
    )
    return df


def main():
    args = parse_args()
    if args.fast >= args.slow:
        raise SystemExit("fast window must be shorter than slow window")

    t0 = time.perf_counter()
    df = synthetic_ohlc(args.bars, args.seed)
    df["sma_fast"] = df["close"].rolling(args.fast).mean()
    df["sma_slow"] = df["close"].rolling(args.slow).mean()

    long_signal = df["sma_fast"] > df["sma_slow"]
    if args.allow_short:
        df["signal"] = np.where(long_signal, 1, -1)
    else:
        df["signal"] = np.where(long_signal, 1, 0)
    df.loc[df["sma_slow"].isna(), "signal"] = 0

    df["ret"] = df["close"].pct_change().fillna(0)
    df["strat"] = df["signal"].shift(1).fillna(0) * df["ret"]
    df["equity"] = (1 + df["strat"]).cumprod()
    df["bh_equity"] = (1 + df["ret"]).cumprod()

    crossings = df["signal"].diff().fillna(0) != 0
    n_trades = int(crossings.sum())
    print(f"computed signals for {len(df)} bars, {n_trades} signal changes")

    ann = 252
    mu = df["strat"].mean() * ann
    sigma = df["strat"].std() * np.sqrt(ann)
    drawdown = (df["equity"] / df["equity"].cummax() - 1).min()
    yearly = df["strat"].groupby(df.index.year).apply(lambda r: (1 + r).prod() - 1)

    out = {
        "strategy": "sma_crossover",
        "fast": args.fast,
        "slow": args.slow,
        "final_equity": round(float(df["equity"].iloc[-1]), 4),
        "buy_and_hold": round(float(df["bh_equity"].iloc[-1]), 4),
        "sharpe": round(float(mu / sigma), 3) if sigma else None,
        "max_drawdown": round(float(drawdown), 4),
        "trades": n_trades,
        "yearly_returns": {str(k): round(float(v), 4) for k, v in yearly.items()},
        "elapsed_ms": round((time.perf_counter() - t0) * 1000, 2),
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
