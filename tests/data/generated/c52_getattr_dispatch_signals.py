# generated: a configurable signal engine where the user picks indicators by name on the command line; dispatch to methods named signal_<name>, combine with weights, print JSON
import argparse
import json

import numpy as np
import pandas as pd


class SignalEngine:
    def __init__(self, df: pd.DataFrame):
        self.df = df

    @classmethod
    def available(cls):
        return sorted(n[len("signal_"):] for n in dir(cls) if n.startswith("signal_"))

    def signal_momentum(self):
        return np.sign(self.df.close.pct_change(63))

    def signal_reversal(self):
        return -np.sign(self.df.close.pct_change(5))

    def signal_trend(self):
        c = self.df.close
        return np.where(c.ewm(span=20).mean() > c.ewm(span=100).mean(), 1.0, -1.0)

    def signal_breakout(self):
        c = self.df.close
        hi = c.rolling(50).max().shift()
        lo = c.rolling(50).min().shift()
        s = pd.Series(np.nan, index=c.index)
        s[c > hi] = 1
        s[c < lo] = -1
        return s.ffill()

    def signal_volume(self):
        v = self.df.volume
        r = self.df.close.pct_change()
        return np.sign(r) * (v > v.rolling(20).mean() * 1.5)

    def compute(self, name: str) -> pd.Series:
        fn = getattr(self, f"signal_{name}", None)
        if fn is None:
            raise ValueError(f"unknown signal {name!r}; choose from {self.available()}")
        return pd.Series(fn(), index=self.df.index, dtype=float).fillna(0.0)

    def combine(self, weights: dict) -> pd.Series:
        total = sum(abs(w) for w in weights.values())
        combo = sum(w * self.compute(n) for n, w in weights.items()) / total
        return combo.clip(-1, 1)


def parse_weights(items):
    out = {}
    for item in items:
        name, _, w = item.partition("=")
        out[name] = float(w) if w else 1.0
    return out


def main():
    ap = argparse.ArgumentParser(description="combine named signals, e.g. --signals momentum=2 trend reversal=0.5")
    ap.add_argument("--signals", nargs="+", default=["momentum=1", "trend=1", "reversal=0.5"])
    ap.add_argument("--seed", type=int, default=66)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    n = 2000
    close = 100 * np.exp(np.cumsum(rng.normal(0.0002, 0.012, n) + 0.0006 * np.sin(np.arange(n) / 60)))
    volume = rng.lognormal(13, 0.4, n)
    df = pd.DataFrame({"close": close, "volume": volume}, index=pd.bdate_range("2016-01-01", periods=n))

    engine = SignalEngine(df)
    weights = parse_weights(args.signals)
    for name in weights:
        if name not in SignalEngine.available():
            ap.error(f"unknown signal {name}; available: {', '.join(SignalEngine.available())}")

    ret = df.close.pct_change().fillna(0)
    per_signal = {}
    for name in weights:
        s = engine.compute(name)
        r = s.shift().fillna(0) * ret
        per_signal[name] = round(float(r.mean() / r.std() * np.sqrt(252)), 3) if r.std() > 0 else 0.0
    combo = engine.combine(weights)
    r = combo.shift().fillna(0) * ret
    eq = (1 + r).cumprod()
    print("available signals:", SignalEngine.available())
    print(json.dumps({
        "weights": weights,
        "per_signal_sharpe": per_signal,
        "combo_sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
        "combo_total": round(float(eq.iloc[-1] - 1), 4),
        "combo_mdd": round(float((eq / eq.cummax() - 1).min()), 4),
    }))


if __name__ == "__main__":
    main()
