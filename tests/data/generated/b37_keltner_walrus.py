# generated: Keltner channel squeeze strategy (Bollinger inside Keltner), compact style with walrus operator and f-string format specs, print JSON stats
import argparse
import json

import numpy as np
import pandas as pd


def true_range(df):
    pc = df.close.shift()
    return pd.concat([df.high - df.low, (df.high - pc).abs(), (df.low - pc).abs()], axis=1).max(axis=1)


def squeeze_signals(df, n=20, bb_k=2.0, kc_k=1.5):
    mid = df.close.rolling(n).mean()
    sd = df.close.rolling(n).std()
    atr = true_range(df).rolling(n).mean()
    squeeze_on = (mid + bb_k * sd < mid + kc_k * atr) & (mid - bb_k * sd > mid - kc_k * atr)
    momentum = df.close - (df.high.rolling(n).max() + df.low.rolling(n).min() + 2 * mid) / 4
    fired = squeeze_on.shift(fill_value=False) & ~squeeze_on
    return squeeze_on, momentum, fired


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--hold", type=int, default=10)
    ap.add_argument("--length", type=int, default=20)
    ap.add_argument("--seed", type=int, default=909)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    vol = 0.006 + 0.012 * (np.sin(np.arange(args.n) / 35) ** 2)
    c = 50 * np.exp(np.cumsum(rng.normal(0.0002, 1, args.n) * vol))
    w = np.abs(rng.normal(0, 1, args.n)) * vol * c
    df = pd.DataFrame({"close": c, "high": c + w, "low": c - w},
                      index=pd.bdate_range("2011-01-01", periods=args.n))

    on, mom, fired = squeeze_signals(df, args.length)
    trades = []
    i = 0
    closes = df.close.to_numpy()
    fired_arr = fired.to_numpy()
    mom_arr = mom.to_numpy()
    while i < len(df) - args.hold:
        if fired_arr[i] and not np.isnan(m := mom_arr[i]):
            side = 1 if m > 0 else -1
            trades.append(side * (closes[i + args.hold] / closes[i] - 1))
            i += args.hold
        else:
            i += 1

    if not trades:
        print(json.dumps({"trades": 0}))
        return
    arr = np.array(trades)
    print(f"squeeze on {on.mean():.1%} of days; {len(arr)} trades; "
          f"mean {arr.mean():+.3%}, median {np.median(arr):+.3%}")
    wins = arr[arr > 0]
    losses = arr[arr <= 0]
    print(json.dumps({
        "trades": int(len(arr)),
        "mean_trade": float(f"{arr.mean():.5f}"),
        "win_rate": float(f"{len(wins) / len(arr):.3f}"),
        "payoff": float(f"{wins.mean() / -losses.mean():.3f}") if len(wins) and len(losses) else None,
        "compounded": float(f"{np.prod(1 + arr) - 1:.4f}"),
        "squeeze_pct": round(float(on.mean()), 3),
    }))


if __name__ == "__main__":
    main()
