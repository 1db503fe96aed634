# generated: write a simple moving average crossover strategy on synthetic daily prices and print backtest stats as JSON
import argparse
import json
import math

import numpy as np
import pandas as pd


def make_prices(n_days: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    rets = rng.normal(0.0003, 0.012, n_days)
    prices = 100 * np.exp(np.cumsum(rets))
    idx = pd.bdate_range("2018-01-01", periods=n_days)
    return pd.Series(prices, index=idx, name="close")


def sma_signals(close: pd.Series, fast: int, slow: int) -> pd.Series:
    fast_ma = close.rolling(fast).mean()
    slow_ma = close.rolling(slow).mean()
    signal = np.where(fast_ma > slow_ma, 1.0, 0.0)
    return pd.Series(signal, index=close.index).shift(1).fillna(0.0)


def backtest(close: pd.Series, position: pd.Series, cost_bps: float) -> pd.DataFrame:
    rets = close.pct_change().fillna(0.0)
    turnover = position.diff().abs().fillna(0.0)
    strat = position * rets - turnover * cost_bps / 1e4
    equity = (1 + strat).cumprod()
    return pd.DataFrame({"ret": strat, "equity": equity, "pos": position})


def stats(df: pd.DataFrame) -> dict:
    r = df["ret"]
    ann_ret = df["equity"].iloc[-1] ** (252 / len(df)) - 1
    vol = r.std() * math.sqrt(252)
    sharpe = ann_ret / vol if vol > 0 else 0.0
    dd = df["equity"] / df["equity"].cummax() - 1
    trades = int((df["pos"].diff().abs() > 0).sum())
    return {
        "annual_return": round(float(ann_ret), 4),
        "annual_vol": round(float(vol), 4),
        "sharpe": round(float(sharpe), 3),
        "max_drawdown": round(float(dd.min()), 4),
        "trades": trades,
        "final_equity": round(float(df["equity"].iloc[-1]), 4),
    }


def main():
    parser = argparse.ArgumentParser(description="SMA crossover backtest")
    parser.add_argument("--fast", type=int, default=20)
    parser.add_argument("--slow", type=int, default=50)
    parser.add_argument("--days", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--cost-bps", type=float, default=2.0)
    args = parser.parse_args()

    if args.fast >= args.slow:
        parser.error("--fast must be smaller than --slow")

    close = make_prices(args.days, args.seed)
    print(f"generated {len(close)} bars from {close.index[0].date()} to {close.index[-1].date()}")
    pos = sma_signals(close, args.fast, args.slow)
    result = backtest(close, pos, args.cost_bps)
    out = stats(result)
    out["params"] = {"fast": args.fast, "slow": args.slow}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
