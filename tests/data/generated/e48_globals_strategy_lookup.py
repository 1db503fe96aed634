# generated: simple script where --strategy picks a function by name and runs a backtest on random-walk prices; print JSON
import argparse
import json

import numpy as np


def strategy_sma(prices, n=30):
    sma = np.convolve(prices, np.ones(n) / n, mode="valid")
    sig = np.zeros_like(prices)
    sig[n - 1:] = (prices[n - 1:] > sma).astype(float)
    return sig


def strategy_channel(prices, n=40):
    sig = np.zeros_like(prices)
    state = 0.0
    for i in range(n, len(prices)):
        window = prices[i - n:i]
        if prices[i] > window.max():
            state = 1.0
        elif prices[i] < window.min():
            state = 0.0
        sig[i] = state
    return sig


def strategy_random(prices, n=0, seed=0):
    rng = np.random.default_rng(seed)
    return rng.integers(0, 2, len(prices)).astype(float)


def backtest(prices, signal):
    rets = np.diff(prices) / prices[:-1]
    strat = signal[:-1] * rets
    eq = np.cumprod(1 + strat)
    return {
        "total_return": round(float(eq[-1] - 1), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3) if strat.std() else 0.0,
        "max_dd": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
        "exposure": round(float(signal.mean()), 3),
    }


def available_strategies():
    return sorted(name[len("strategy_"):] for name, obj in globals().items()
                  if name.startswith("strategy_") and callable(obj))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--strategy", default="sma", choices=available_strategies())
    parser.add_argument("--n", type=int, default=None, help="lookback parameter")
    parser.add_argument("--bars", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=2)
    args = parser.parse_args()

    rng = np.random.default_rng(args.seed)
    prices = 100 * np.exp(np.cumsum(rng.normal(0.0003, 0.01, args.bars)))
    func = globals()[f"strategy_{args.strategy}"]
    kwargs = {} if args.n is None else {"n": args.n}
    signal = func(prices, **kwargs)
    result = backtest(prices, signal)
    result["strategy"] = args.strategy
    result["doc"] = func.__name__
    print(f"running {func.__name__} with {kwargs or 'defaults'}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
