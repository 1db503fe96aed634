# generated: Heikin-Ashi candles trend strategy with consecutive-candle confirmation, built with numpy loops and pandas; include a small Candle type via typing.NamedTuple; json stats
import argparse
import json
import math
from typing import List, NamedTuple

import numpy as np
import pandas as pd


class HA(NamedTuple):
    open: float
    high: float
    low: float
    close: float

    @property
    def green(self) -> bool:
        return self.close > self.open

    @property
    def no_lower_wick(self) -> bool:
        return abs(min(self.open, self.close) - self.low) < 1e-9


def raw_bars(n, seed):
    rng = np.random.default_rng(seed)
    c = 18 * np.exp(np.cumsum(rng.normal(0.0002, 0.016, n)))
    o = np.r_[c[0], c[:-1]] * np.exp(rng.normal(0, 0.003, n))
    h = np.maximum(o, c) * (1 + np.abs(rng.normal(0, 0.006, n)))
    l = np.minimum(o, c) * (1 - np.abs(rng.normal(0, 0.006, n)))
    return pd.DataFrame({"open": o, "high": h, "low": l, "close": c}, index=pd.bdate_range("2017-05-01", periods=n))


def heikin_ashi(df: pd.DataFrame) -> List[HA]:
    out: List[HA] = []
    for i, (o, h, l, c) in enumerate(df[["open", "high", "low", "close"]].itertuples(index=False)):
        ha_close = (o + h + l + c) / 4
        ha_open = (o + c) / 2 if i == 0 else (out[-1].open + out[-1].close) / 2
        out.append(HA(ha_open, max(h, ha_open, ha_close), min(l, ha_open, ha_close), ha_close))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--confirm", type=int, default=3, help="consecutive candles needed")
    ap.add_argument("--strong-only", action="store_true", help="require candles without lower wick")
    ap.add_argument("--n", type=int, default=1800)
    ap.add_argument("--seed", type=int, default=27)
    a = ap.parse_args()

    df = raw_bars(a.n, a.seed)
    ha = heikin_ashi(df)
    pos = np.zeros(len(ha))
    run_green = run_red = 0
    cur = 0
    for i, c in enumerate(ha):
        good = c.green and (c.no_lower_wick or not a.strong_only)
        run_green = run_green + 1 if good else 0
        run_red = run_red + 1 if not c.green else 0
        if run_green >= a.confirm:
            cur = 1
        elif run_red >= a.confirm:
            cur = 0
        pos[i] = cur
    p = pd.Series(pos, index=df.index).shift(1).fillna(0)
    r = p * df["close"].pct_change().fillna(0)
    eq = (1 + r).cumprod()
    greens = sum(c.green for c in ha)
    print(f"HA candles: {greens} green / {len(ha) - greens} red; last {ha[-1]}")
    print(json.dumps({
        "confirm": a.confirm,
        "strong_only": a.strong_only,
        "entries": int((p.diff() > 0).sum()),
        "exposure": round(float(p.mean()), 3),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "buy_hold": round(float(df["close"].iloc[-1] / df["close"].iloc[0] - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * math.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
    }))


if __name__ == "__main__":
    main()
