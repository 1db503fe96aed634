# generated: a trailing-stop momentum strategy that echoes its full config (vars(args)) and run metadata in the final JSON
import argparse
import json
import time
from datetime import datetime, timezone

import numpy as np
import pandas as pd


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description="Momentum with trailing stop",
                                formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--lookback", type=int, default=90)
    p.add_argument("--trail", type=float, default=0.08, help="trailing stop as fraction")
    p.add_argument("--cooldown", type=int, default=5, help="bars to wait after a stop")
    p.add_argument("--bars", type=int, default=2500)
    p.add_argument("--seed", type=int, default=55)
    p.add_argument("--verbose", "-v", action="count", default=0)
    return p


def run(close: pd.Series, lookback: int, trail: float, cooldown: int, verbose: int):
    mom = close.pct_change(lookback)
    pos = np.zeros(len(close))
    peak, wait, stops = 0.0, 0, 0
    holding = False
    for i in range(lookback, len(close)):
        px = close.iat[i]
        if holding:
            peak = max(peak, px)
            if px < peak * (1 - trail):
                holding, wait = False, cooldown
                stops += 1
                if verbose > 1:
                    print(f"stop at bar {i} px={px:.2f} peak={peak:.2f}")
        elif wait > 0:
            wait -= 1
        elif mom.iat[i] > 0:
            holding, peak = True, px
        pos[i] = 1.0 if holding else 0.0
    return pd.Series(pos, index=close.index), stops


def main():
    args = build_parser().parse_args()
    started = time.perf_counter()
    rng = np.random.default_rng(args.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.012, args.bars))),
                      index=pd.bdate_range("2013-01-01", periods=args.bars))
    pos, stops = run(close, args.lookback, args.trail, args.cooldown, args.verbose)
    strat = pos.shift().fillna(0) * close.pct_change().fillna(0)
    eq = (1 + strat).cumprod()
    if args.verbose:
        print("config:", vars(args))
    print(f"stops hit: {stops}")
    print(json.dumps({
        "config": vars(args),
        "results": {
            "total_return": round(float(eq.iloc[-1] - 1), 4),
            "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
            "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
            "stops": stops,
            "exposure": round(float(pos.mean()), 3),
        },
        "meta": {
            "runtime_s": round(time.perf_counter() - started, 3),
            "data_start": close.index[0].date().isoformat(),
            "data_end": close.index[-1].date().isoformat(),
            "run_at_utc": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        },
    }))


if __name__ == "__main__":
    main()
