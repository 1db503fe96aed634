# generated: ensemble strategy where several indicator signals (SMA, RSI, MACD, breakout) vote, position = majority, compare members and ensemble in JSON
import argparse
import json

import numpy as np
import pandas as pd


def sig_sma(c, n=50):
    return np.sign(c - c.rolling(n).mean())


def sig_rsi(c, n=14):
    d = c.diff()
    up = d.clip(lower=0).ewm(alpha=1 / n, adjust=False).mean()
    dn = (-d.clip(upper=0)).ewm(alpha=1 / n, adjust=False).mean()
    rsi = 100 - 100 / (1 + up / dn)
    return pd.Series(np.where(rsi > 55, 1, np.where(rsi < 45, -1, 0)), index=c.index)


def sig_macd(c):
    m = c.ewm(span=12, adjust=False).mean() - c.ewm(span=26, adjust=False).mean()
    return np.sign(m - m.ewm(span=9, adjust=False).mean())


def sig_breakout(c, n=40):
    hi = c.rolling(n).max().shift()
    lo = c.rolling(n).min().shift()
    s = pd.Series(np.nan, index=c.index)
    s[c > hi] = 1
    s[c < lo] = -1
    return s.ffill()


MEMBERS = {"sma": sig_sma, "rsi": sig_rsi, "macd": sig_macd, "breakout": sig_breakout}


def perf(pos, r):
    s = pos.shift().fillna(0) * r
    eq = (1 + s).cumprod()
    return {"sharpe": round(float(s.mean() / s.std() * np.sqrt(252)), 3) if s.std() > 0 else 0.0,
            "final": round(float(eq.iloc[-1]), 4),
            "max_dd": round(float((eq / eq.cummax() - 1).min()), 4)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--min-votes", type=int, default=3, choices=[1, 2, 3, 4])
    ap.add_argument("--seed", type=int, default=1001)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    trend = np.repeat(rng.normal(0, 0.0015, args.n // 120 + 1), 120)[: args.n]
    c = pd.Series(100 * np.exp(np.cumsum(trend + rng.normal(0, 0.01, args.n))),
                  index=pd.bdate_range("2009-01-01", periods=args.n))
    r = c.pct_change().fillna(0)

    votes = pd.DataFrame({k: f(c) for k, f in MEMBERS.items()}).fillna(0)
    longs = (votes > 0).sum(axis=1)
    shorts = (votes < 0).sum(axis=1)
    ensemble = pd.Series(np.where(longs >= args.min_votes, 1, np.where(shorts >= args.min_votes, -1, 0)),
                         index=c.index)
    agreement = votes.corr().round(3)
    print(agreement.to_string())

    out = {name: perf(votes[name], r) for name in MEMBERS}
    out["ensemble"] = perf(ensemble, r)
    out["ensemble"]["exposure"] = round(float(ensemble.abs().mean()), 3)
    out["avg_pairwise_corr"] = round(float(agreement.values[np.triu_indices(len(MEMBERS), 1)].mean()), 3)
    out["min_votes"] = args.min_votes
    print(json.dumps(out))


if __name__ == "__main__":
    main()
