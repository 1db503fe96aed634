# generated: functional-style strategy where stateful indicators are closures using nonlocal (ema, atr, trailing stop), fed bar by bar, print JSON results
import argparse
import json
import math
import random


def make_ema(span):
    alpha = 2 / (span + 1)
    value = None

    def update(x):
        nonlocal value
        value = x if value is None else alpha * x + (1 - alpha) * value
        return value
    return update


def make_atr(period):
    prev_close = None
    ema = make_ema(2 * period - 1)

    def update(high, low, close):
        nonlocal prev_close
        tr = high - low if prev_close is None else max(high - low, abs(high - prev_close), abs(low - prev_close))
        prev_close = close
        return ema(tr)
    return update


def make_trailing_stop(mult):
    stop = -math.inf

    def update(close, atr, reset=False):
        nonlocal stop
        if reset:
            stop = -math.inf
        stop = max(stop, close - mult * atr)
        return stop
    return update


def bars(n, seed):
    rnd = random.Random(seed)
    c = 100.0
    for i in range(n):
        o = c
        c = o * math.exp(rnd.gauss(0.0003, 0.012))
        yield i, o, max(o, c) * (1 + abs(rnd.gauss(0, 0.004))), min(o, c) * (1 - abs(rnd.gauss(0, 0.004))), c


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--fast", type=int, default=20)
    ap.add_argument("--slow", type=int, default=80)
    ap.add_argument("--atr", type=int, default=14)
    ap.add_argument("--mult", type=float, default=3.0)
    ap.add_argument("--seed", type=int, default=4040)
    args = ap.parse_args()

    fast, slow = make_ema(args.fast), make_ema(args.slow)
    atr = make_atr(args.atr)
    trail = make_trailing_stop(args.mult)
    equity, in_pos, entry = 1.0, False, 0.0
    curve, trades, exits = [], [], {"stop": 0, "cross": 0}
    prev_close = None
    for i, o, h, l, c in bars(args.n, args.seed):
        f, s, a = fast(c), slow(c), atr(h, l, c)
        if in_pos and prev_close is not None:
            equity *= c / prev_close
        if i > args.slow:
            if not in_pos and f > s:
                in_pos, entry = True, c
                trail(c, a, reset=True)
            elif in_pos:
                stop = trail(c, a)
                reason = "stop" if c < stop else "cross" if f < s else None
                if reason:
                    in_pos = False
                    exits[reason] += 1
                    trades.append(c / entry - 1)
        curve.append(equity)
        prev_close = c
    peak, mdd = 0.0, 0.0
    for v in curve:
        peak = max(peak, v)
        mdd = min(mdd, v / peak - 1)
    print("trades={} exits={} final={:.4f}".format(len(trades), exits, equity))
    print(json.dumps({
        "final_equity": round(equity, 4),
        "trades": len(trades),
        "exit_reasons": exits,
        "max_drawdown": round(mdd, 4),
        "avg_trade": round(sum(trades) / len(trades), 5) if trades else None,
    }))


if __name__ == "__main__":
    main()
