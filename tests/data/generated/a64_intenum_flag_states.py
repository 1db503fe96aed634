# generated: a state machine for a swing trading strategy using IntEnum for states and enum.Flag for active filters, with transitions logged; JSON summary
import argparse
import json
from collections import Counter
from enum import Flag, IntEnum, auto

import numpy as np
import pandas as pd


class State(IntEnum):
    FLAT = 0
    WATCHING = 1
    LONG = 2
    COOLDOWN = 3


class Filters(Flag):
    NONE = 0
    TREND = auto()
    VOLATILITY = auto()
    VOLUME = auto()
    ALL = TREND | VOLATILITY | VOLUME


def synthetic(n, seed):
    rng = np.random.default_rng(seed)
    close = 25 * np.exp(np.cumsum(rng.normal(0.0004, 0.016, n)))
    volume = rng.lognormal(13, 0.5, n)
    return pd.DataFrame({"close": close, "volume": volume}, index=pd.bdate_range("2015-06-01", periods=n))


def active_filters(row, use: Filters) -> Filters:
    ok = Filters.NONE
    if row.close > row.sma100:
        ok |= Filters.TREND
    if row.vol20 < row.vol100:
        ok |= Filters.VOLATILITY
    if row.volume > row.vmean:
        ok |= Filters.VOLUME
    return ok & use


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--filters", nargs="*", choices=[f.name for f in (Filters.TREND, Filters.VOLATILITY, Filters.VOLUME)],
                    default=["TREND", "VOLATILITY"])
    ap.add_argument("--pullback", type=float, default=0.03)
    ap.add_argument("--target", type=float, default=0.06)
    ap.add_argument("--stop", type=float, default=0.04)
    ap.add_argument("--cooldown", type=int, default=5)
    ap.add_argument("--bars", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()

    use = Filters.NONE
    for name in args.filters:
        use |= Filters[name]
    df = synthetic(args.bars, args.seed)
    r = df["close"].pct_change()
    df = df.assign(sma100=df["close"].rolling(100).mean(), vol20=r.rolling(20).std(), vol100=r.rolling(100).std(),
                   vmean=df["volume"].rolling(20).mean(), high20=df["close"].rolling(20).max()).dropna()

    state, entry, cool = State.FLAT, 0.0, 0
    transitions = Counter()
    trades = []
    states = []
    for row in df.itertuples():
        prev = state
        if state is State.FLAT and active_filters(row, use) == use:
            state = State.WATCHING
        elif state is State.WATCHING:
            if active_filters(row, use) != use:
                state = State.FLAT
            elif row.close <= row.high20 * (1 - args.pullback):
                state, entry = State.LONG, row.close
        elif state is State.LONG:
            ret = row.close / entry - 1
            if ret >= args.target or ret <= -args.stop:
                trades.append(ret)
                state, cool = State.COOLDOWN, args.cooldown
        elif state is State.COOLDOWN:
            cool -= 1
            if cool <= 0:
                state = State.FLAT
        if state != prev:
            transitions[f"{prev.name}->{state.name}"] += 1
        states.append(int(state))
    t = np.array(trades)
    print("filters in use:", use)
    print(json.dumps({
        "filters": [f for f in args.filters],
        "trades": len(t),
        "win_rate": round(float((t > 0).mean()), 3) if len(t) else None,
        "compounded": round(float(np.prod(1 + t) - 1), 4) if len(t) else 0.0,
        "time_in_state": {State(k).name: round(v / len(states), 3) for k, v in sorted(Counter(states).items())},
        "transitions": dict(transitions),
    }))


if __name__ == "__main__":
    main()
