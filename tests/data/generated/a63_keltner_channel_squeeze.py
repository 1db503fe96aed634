# generated: TTM squeeze style strategy: Bollinger bands inside Keltner channels signals a squeeze, trade the breakout direction by momentum; pandas; JSON
import argparse
import json

import numpy as np
import pandas as pd


def bars(n, seed):
    rng = np.random.default_rng(seed)
    vol = np.where((np.arange(n) // 150) % 2 == 0, 0.007, 0.018)
    close = 100 * np.exp(np.cumsum(rng.normal(0.0002, 1, n) * vol))
    rngs = np.abs(rng.normal(0, 1, n)) * vol * close
    return pd.DataFrame({"high": close + rngs, "low": close - rngs, "close": close},
                        index=pd.bdate_range("2011-01-03", periods=n))


def squeeze_frame(df, n=20, bb_mult=2.0, kc_mult=1.5):
    c = df["close"]
    mid = c.rolling(n).mean()
    sd = c.rolling(n).std()
    tr = pd.concat([df["high"] - df["low"], (df["high"] - c.shift()).abs(), (df["low"] - c.shift()).abs()], axis=1).max(axis=1)
    atr = tr.rolling(n).mean()
    out = pd.DataFrame({
        "bb_up": mid + bb_mult * sd, "bb_dn": mid - bb_mult * sd,
        "kc_up": mid + kc_mult * atr, "kc_dn": mid - kc_mult * atr,
    })
    out["squeeze_on"] = (out["bb_up"] < out["kc_up"]) & (out["bb_dn"] > out["kc_dn"])
    donch_mid = (df["high"].rolling(n).max() + df["low"].rolling(n).min()) / 2
    out["momentum"] = (c - (donch_mid + mid) / 2).rolling(n).apply(
        lambda y: np.polyfit(np.arange(len(y)), y, 1)[0] * (len(y) - 1) + np.polyfit(np.arange(len(y)), y, 1)[1], raw=True)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=1800)
    ap.add_argument("--hold", type=int, default=10)
    ap.add_argument("--seed", type=int, default=20)
    args = ap.parse_args()

    df = bars(args.bars, args.seed)
    sq = squeeze_frame(df)
    fired = sq["squeeze_on"].shift(1, fill_value=False) & ~sq["squeeze_on"]
    pos = np.zeros(len(df))
    hold_left = 0
    direction = 0
    for i in range(len(df)):
        if fired.iloc[i] and not np.isnan(sq["momentum"].iloc[i]):
            direction = 1 if sq["momentum"].iloc[i] > 0 else -1
            hold_left = args.hold
        if hold_left > 0:
            pos[i] = direction
            hold_left -= 1
    position = pd.Series(pos, index=df.index).shift(1).fillna(0)
    r = position * df["close"].pct_change().fillna(0)
    eq = (1 + r).cumprod()
    print(f"squeeze on {sq['squeeze_on'].mean():.1%} of bars, fired {int(fired.sum())} times")
    print(json.dumps({
        "squeeze_fires": int(fired.sum()),
        "pct_in_squeeze": round(float(sq["squeeze_on"].mean()), 3),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3) if r.std() > 0 else 0.0,
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "exposure": round(float((position != 0).mean()), 3),
    }))


if __name__ == "__main__":
    main()
