# generated: wrap a pandas DataFrame of OHLCV bars in a PriceFrame class that adds indicator methods and delegates everything else to the DataFrame via __getattr__; use it for a Keltner channel strategy and print JSON
import argparse
import json
import math

import numpy as np
import pandas as pd


class PriceFrame:
    """Thin convenience wrapper: indicators as methods, everything else forwarded to the DataFrame."""

    def __init__(self, df: pd.DataFrame):
        self._df = df

    def __getattr__(self, name):
        return getattr(self._df, name)

    def __len__(self):
        return len(self._df)

    def __repr__(self):
        return f"PriceFrame({len(self)} bars, {self._df.index[0].date()}..{self._df.index[-1].date()})"

    def ema(self, n: int, col: str = "close") -> pd.Series:
        return self._df[col].ewm(span=n, adjust=False).mean()

    def atr(self, n: int = 14) -> pd.Series:
        prev = self._df["close"].shift()
        tr = pd.concat([self._df["high"] - self._df["low"],
                        (self._df["high"] - prev).abs(),
                        (self._df["low"] - prev).abs()], axis=1).max(axis=1)
        return tr.ewm(alpha=1 / n, adjust=False).mean()

    def keltner(self, n: int = 20, mult: float = 2.0) -> pd.DataFrame:
        mid = self.ema(n)
        width = mult * self.atr(n)
        return pd.DataFrame({"mid": mid, "upper": mid + width, "lower": mid - width})


def synthetic(n: int, seed: int) -> PriceFrame:
    rng = np.random.default_rng(seed)
    c = 120 * np.exp(np.cumsum(rng.normal(0.0002, 0.013, n)))
    h = c * (1 + np.abs(rng.normal(0, 0.007, n)))
    l = c * (1 - np.abs(rng.normal(0, 0.007, n)))
    v = rng.integers(100_000, 900_000, n)
    return PriceFrame(pd.DataFrame({"high": h, "low": l, "close": c, "volume": v},
                                   index=pd.bdate_range("2016-02-01", periods=n)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--period", type=int, default=20)
    ap.add_argument("--mult", type=float, default=2.0)
    ap.add_argument("--style", choices=["breakout", "fade"], default="breakout")
    ap.add_argument("--seed", type=int, default=63)
    a = ap.parse_args()

    pf = synthetic(a.n, a.seed)
    kc = pf.keltner(a.period, a.mult)
    close = pf.close  # forwarded to the DataFrame
    if a.style == "breakout":
        raw = np.where(close > kc["upper"], 1.0, np.where(close < kc["mid"], 0.0, np.nan))
    else:
        raw = np.where(close < kc["lower"], 1.0, np.where(close > kc["mid"], 0.0, np.nan))
    pos = pd.Series(raw, index=pf.index).ffill().fillna(0).shift(1).fillna(0)
    r = pos * pf.pct_change()["close"].fillna(0)
    eq = (1 + r).cumprod()
    print(pf, "| columns:", list(pf.columns))
    print(json.dumps({
        "style": a.style,
        "exposure": round(float(pos.mean()), 3),
        "trades": int((pos.diff() > 0).sum()),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * math.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "avg_volume": int(pf.volume.mean()),
    }))


if __name__ == "__main__":
    main()
