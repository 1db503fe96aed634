# generated: a command-line tool with argparse subcommands "backtest", "optimize" and "montecarlo" for a donchian channel strategy, each printing a JSON result
import argparse
import itertools
import json
import time
from functools import partial

import numpy as np
import pandas as pd


def load_prices(bars: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    return pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.014, bars))), index=pd.bdate_range("2008-01-01", periods=bars))


def donchian_returns(close: pd.Series, entry: int, exit: int) -> pd.Series:
    hi = close.rolling(entry).max().shift(1)
    lo = close.rolling(exit).min().shift(1)
    sig = pd.Series(np.nan, index=close.index)
    sig[close > hi] = 1.0
    sig[close < lo] = 0.0
    return sig.ffill().fillna(0).shift(1).fillna(0) * close.pct_change().fillna(0)


def metrics(r: pd.Series) -> dict:
    eq = (1 + r).cumprod()
    return {
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3) if r.std() > 0 else 0.0,
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
    }


def cmd_backtest(args) -> dict:
    close = load_prices(args.bars, args.seed)
    return {"command": "backtest", "entry": args.entry, "exit": args.exit, **metrics(donchian_returns(close, args.entry, args.exit))}


def cmd_optimize(args) -> dict:
    close = load_prices(args.bars, args.seed)
    run = partial(donchian_returns, close)
    grid = list(itertools.product(range(20, 121, 20), range(10, 61, 10)))
    t0 = time.perf_counter()
    scored = sorted(((metrics(run(e, x))["sharpe"], e, x) for e, x in grid if x < e), reverse=True)
    return {
        "command": "optimize",
        "evaluated": len(scored),
        "top": [{"entry": e, "exit": x, "sharpe": s} for s, e, x in scored[: args.top]],
        "seconds": round(time.perf_counter() - t0, 3),
    }


def cmd_montecarlo(args) -> dict:
    finals = []
    for k in range(args.paths):
        close = load_prices(args.bars, args.seed + k)
        finals.append(metrics(donchian_returns(close, args.entry, args.exit))["total_return"])
    arr = np.array(finals)
    return {
        "command": "montecarlo",
        "paths": args.paths,
        "mean_return": round(float(arr.mean()), 4),
        "p05": round(float(np.percentile(arr, 5)), 4),
        "p95": round(float(np.percentile(arr, 95)), 4),
        "prob_loss": round(float((arr < 0).mean()), 3),
    }


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="donchian", description="Donchian channel toolkit")
    parser.add_argument("--bars", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=10)
    sub = parser.add_subparsers(dest="command")

    bt = sub.add_parser("backtest", help="run a single backtest")
    bt.add_argument("--entry", type=int, default=55)
    bt.add_argument("--exit", type=int, default=20)
    bt.set_defaults(func=cmd_backtest)

    op = sub.add_parser("optimize", help="grid search entry/exit")
    op.add_argument("--top", type=int, default=3)
    op.set_defaults(func=cmd_optimize)

    mc = sub.add_parser("montecarlo", help="run across many random seeds")
    mc.add_argument("--paths", type=int, default=50)
    mc.add_argument("--entry", type=int, default=55)
    mc.add_argument("--exit", type=int, default=20)
    mc.set_defaults(func=cmd_montecarlo)
    return parser


def main():
    parser = build_parser()
    args = parser.parse_args()
    if args.command is None:
        # default to running everything with defaults
        results = [cmd(parser.parse_args([name])) for name, cmd in
                   (("backtest", cmd_backtest), ("optimize", cmd_optimize), ("montecarlo", cmd_montecarlo))]
        for r in results[:-1]:
            print(json.dumps(r))
        print(json.dumps({"commands": [r["command"] for r in results], "results": results}))
        return
    print(json.dumps(args.func(args)))


if __name__ == "__main__":
    main()
