# generated: Dual Thrust intraday breakout strategy, classes with __repr__ using self.__class__.__name__, print progress with flush and final JSON
import argparse
import json
import math

import numpy as np
import pandas as pd


class DailyRange:
    def __init__(self, hh, hc, lc, ll):
        self.hh, self.hc, self.lc, self.ll = hh, hc, lc, ll

    @property
    def value(self):
        return max(self.hh - self.lc, self.hc - self.ll)

    def __repr__(self):
        return "{}(hh={:.2f}, hc={:.2f}, lc={:.2f}, ll={:.2f})".format(
            self.__class__.__name__, self.hh, self.hc, self.lc, self.ll)


class DualThrust:
    def __init__(self, n=4, k1=0.5, k2=0.5):
        self.n, self.k1, self.k2 = n, k1, k2

    def __repr__(self):
        return f"{self.__class__.__name__}(n={self.n}, k1={self.k1}, k2={self.k2})"

    def ranges(self, daily):
        for i in range(self.n, len(daily)):
            w = daily.iloc[i - self.n:i]
            yield daily.index[i], DailyRange(w.high.max(), w.close.max(), w.close.min(), w.low.min())

    def run_day(self, bars, open_px, rng_val):
        upper = open_px + self.k1 * rng_val
        lower = open_px - self.k2 * rng_val
        pos, entry, pnl = 0, None, 0.0
        for px in bars:
            if pos <= 0 and px > upper:
                if pos < 0:
                    pnl += entry - px
                pos, entry = 1, px
            elif pos >= 0 and px < lower:
                if pos > 0:
                    pnl += px - entry
                pos, entry = -1, px
        if pos:
            pnl += pos * (bars[-1] - entry)
        return pnl / open_px


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=500)
    ap.add_argument("--n", type=int, default=4)
    ap.add_argument("--k1", type=float, default=0.5)
    ap.add_argument("--k2", type=float, default=0.5)
    ap.add_argument("--bars-per-day", type=int, default=48)
    ap.add_argument("--seed", type=int, default=18)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    intraday = {}
    rows = []
    px = 3000.0
    for d in pd.bdate_range("2022-01-03", periods=a.days):
        path = px * np.exp(np.cumsum(rng.normal(0, 0.0018, a.bars_per_day)))
        intraday[d] = path
        rows.append({"date": d, "open": path[0], "high": path.max(), "low": path.min(), "close": path[-1]})
        px = path[-1] * math.exp(rng.normal(0, 0.003))
    daily = pd.DataFrame(rows).set_index("date")

    strat = DualThrust(a.n, a.k1, a.k2)
    results = {}
    for i, (d, r) in enumerate(strat.ranges(daily)):
        results[d] = strat.run_day(intraday[d], daily.at[d, "open"], r.value)
        if i % 100 == 0:
            print(f"{d:%Y-%m-%d} {r!r} -> {results[d]:+.3%}", flush=True)
    res = pd.Series(results)
    eq = (1 + res).cumprod()
    print(json.dumps({
        "strategy": repr(strat),
        "days_traded": int(len(res)),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(res.mean() / res.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "win_days": round(float((res > 0).mean()), 3),
    }))


if __name__ == "__main__":
    main()
