# generated: a CLI with argparse subcommands ("backtest", "optimize", "describe") for a channel breakout strategy on synthetic data; every command prints a JSON object on the last line
import argparse
import itertools
import json
import math

import numpy as np
import pandas as pd


def load_prices(n: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    r = rng.normal(0.0003, 0.012, n) + 0.0006 * np.sin(np.arange(n) / 40)
    return pd.Series(100 * np.exp(np.cumsum(r)), index=pd.bdate_range("2015-01-01", periods=n))


def channel_returns(close: pd.Series, entry: int, exit_: int) -> pd.Series:
    up = close.rolling(entry).max().shift(1)
    dn = close.rolling(exit_).min().shift(1)
    sig = pd.Series(np.nan, index=close.index)
    sig[close > up] = 1
    sig[close < dn] = 0
    pos = sig.ffill().fillna(0).shift(1).fillna(0)
    return pos * close.pct_change().fillna(0)


def stats(r: pd.Series) -> dict:
    eq = (1 + r).cumprod()
    sd = r.std()
    return {"total_return": round(float(eq.iloc[-1] - 1), 4),
            "sharpe": round(float(r.mean() / sd * math.sqrt(252)), 3) if sd else 0.0,
            "max_dd": round(float((eq / eq.cummax() - 1).min()), 4)}


def cmd_backtest(args) -> dict:
    close = load_prices(args.n, args.seed)
    return {"command": "backtest", "entry": args.entry, "exit": args.exit_window,
            **stats(channel_returns(close, args.entry, args.exit_window))}


def cmd_optimize(args) -> dict:
    close = load_prices(args.n, args.seed)
    grid = []
    for e, x in itertools.product(range(10, 101, args.step), range(5, 51, args.step)):
        s = stats(channel_returns(close, e, x))
        grid.append((s["sharpe"], e, x))
    grid.sort(reverse=True)
    top = [{"entry": e, "exit": x, "sharpe": sh} for sh, e, x in grid[: args.top]]
    print(f"evaluated {len(grid)} parameter pairs")
    return {"command": "optimize", "evaluated": len(grid), "top": top}


def cmd_describe(args) -> dict:
    close = load_prices(args.n, args.seed)
    r = close.pct_change().dropna()
    return {"command": "describe", "start": str(close.index[0].date()), "end": str(close.index[-1].date()),
            "ann_vol": round(float(r.std() * math.sqrt(252)), 4), "skew": round(float(r.skew()), 3),
            "kurtosis": round(float(r.kurt()), 3), "last": round(float(close.iloc[-1]), 2)}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="channel", description="channel breakout toolkit")
    p.add_argument("--n", type=int, default=2000)
    p.add_argument("--seed", type=int, default=12)
    sub = p.add_subparsers(dest="command")

    b = sub.add_parser("backtest", help="run one backtest")
    b.add_argument("--entry", type=int, default=55)
    b.add_argument("--exit-window", type=int, default=20)
    b.set_defaults(func=cmd_backtest)

    o = sub.add_parser("optimize", help="grid search")
    o.add_argument("--step", type=int, default=5)
    o.add_argument("--top", type=int, default=5)
    o.set_defaults(func=cmd_optimize)

    d = sub.add_parser("describe", help="describe the data")
    d.set_defaults(func=cmd_describe)
    return p


def main(argv=None):
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        # no subcommand: run the default backtest
        args = parser.parse_args(["backtest"])
    print(json.dumps(args.func(args)))


if __name__ == "__main__":
    main()
