# generated: composable signal objects with __call__, __and__, __or__, __invert__ to build entry rules like (Trend(200) & ~Overbought(70)); backtest, json
import argparse
import json

import numpy as np
import pandas as pd


class Signal:
    def __call__(self, df: pd.DataFrame) -> pd.Series:
        raise NotImplementedError

    def __and__(self, other):
        return Combined("&", self, other)

    def __or__(self, other):
        return Combined("|", self, other)

    def __invert__(self):
        return Not(self)


class Combined(Signal):
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def __call__(self, df):
        l, r = self.left(df), self.right(df)
        return (l & r) if self.op == "&" else (l | r)

    def __repr__(self):
        return f"({self.left!r} {self.op} {self.right!r})"


class Not(Signal):
    def __init__(self, inner):
        self.inner = inner

    def __call__(self, df):
        return ~self.inner(df)

    def __repr__(self):
        return f"~{self.inner!r}"


class Trend(Signal):
    def __init__(self, n):
        self.n = n

    def __call__(self, df):
        return df["close"] > df["close"].rolling(self.n).mean()

    def __repr__(self):
        return f"Trend({self.n})"


class Overbought(Signal):
    def __init__(self, level, n=14):
        self.level, self.n = level, n

    def __call__(self, df):
        d = df["close"].diff()
        up = d.clip(lower=0).ewm(alpha=1 / self.n).mean()
        dn = (-d.clip(upper=0)).ewm(alpha=1 / self.n).mean()
        return (100 - 100 / (1 + up / dn)) > self.level

    def __repr__(self):
        return f"Overbought({self.level})"


class VolSpike(Signal):
    def __init__(self, mult=2.0, n=20):
        self.mult, self.n = mult, n

    def __call__(self, df):
        r = df["close"].pct_change().abs()
        return r > self.mult * r.rolling(self.n).mean()

    def __repr__(self):
        return f"VolSpike({self.mult})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trend", type=int, default=200)
    ap.add_argument("--ob", type=float, default=70)
    ap.add_argument("--bars", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=12)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    df = pd.DataFrame({"close": 100 * np.exp(np.cumsum(rng.normal(0.0003, 0.011, a.bars)))},
                      index=pd.bdate_range("2010-06-01", periods=a.bars))
    rule = Trend(a.trend) & ~Overbought(a.ob) & ~VolSpike()
    alt = Trend(50) | Trend(a.trend)
    results = {}
    for name, r in (("rule", rule), ("alt", alt)):
        pos = r(df).astype(float)
        strat = pos.shift().fillna(0) * df["close"].pct_change().fillna(0)
        eq = (1 + strat).cumprod()
        results[name] = {
            "expr": repr(r),
            "return": round(float(eq.iloc[-1] - 1), 4),
            "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
            "exposure": round(float(pos.mean()), 3),
        }
        print(f"{name}: {r!r}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
