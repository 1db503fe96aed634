# generated: a PriceFrame wrapper around a pandas DataFrame that adds indicator helpers and delegates everything else via __getattr__; keltner channel strategy; json
import argparse
import json

import numpy as np
import pandas as pd


class PriceFrame:
    def __init__(self, df: pd.DataFrame):
        self._df = df

    def __getattr__(self, name):
        # only called when normal lookup fails: delegate to the DataFrame
        attr = getattr(self._df, name)
        if callable(attr):
            def wrapped(*args, **kwargs):
                out = attr(*args, **kwargs)
                return PriceFrame(out) if isinstance(out, pd.DataFrame) else out
            return wrapped
        return attr

    def __getitem__(self, key):
        return self._df[key]

    def __setitem__(self, key, value):
        self._df[key] = value

    def __len__(self):
        return len(self._df)

    def __repr__(self):
        return f"PriceFrame(rows={len(self)}, cols={list(self._df.columns)})"

    @property
    def frame(self) -> pd.DataFrame:
        return self._df

    def ema(self, span: int, col: str = "close") -> pd.Series:
        return self._df[col].ewm(span=span, adjust=False).mean()

    def atr(self, n: int = 14) -> pd.Series:
        pc = self._df["close"].shift()
        tr = pd.concat([self._df["high"] - self._df["low"], (self._df["high"] - pc).abs(),
                        (self._df["low"] - pc).abs()], axis=1).max(axis=1)
        return tr.ewm(span=n, adjust=False).mean()

    def keltner(self, span: int = 20, mult: float = 2.0) -> pd.DataFrame:
        mid = self.ema(span)
        band = mult * self.atr(span)
        return pd.DataFrame({"mid": mid, "upper": mid + band, "lower": mid - band})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--span", type=int, default=20)
    ap.add_argument("--mult", type=float, default=1.5)
    ap.add_argument("--bars", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=3)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    c = 100 * np.exp(np.cumsum(rng.normal(0.0002, 0.012, a.bars)))
    w = np.abs(rng.normal(0, 0.006, (a.bars, 2)))
    pf = PriceFrame(pd.DataFrame({"high": c * (1 + w[:, 0]), "low": c * (1 - w[:, 1]), "close": c},
                                 index=pd.bdate_range("2016-01-01", periods=a.bars)))
    kc = pf.keltner(a.span, a.mult)
    state = pd.Series(np.nan, index=pf.index)
    state[pf["close"] > kc["upper"]] = 1
    state[pf["close"] < kc["mid"]] = 0
    pf["pos"] = state.ffill().fillna(0)
    pf["strat"] = pf["pos"].shift().fillna(0) * pf["close"].pct_change().fillna(0)
    tail = pf.tail(3)
    eq = (1 + pf["strat"]).cumprod()
    print(pf, "| tail is", type(tail).__name__, "| shape", pf.shape)
    print(json.dumps({
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(pf["strat"].mean() / pf["strat"].std() * np.sqrt(252)), 3),
        "exposure": round(float(pf["pos"].mean()), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "columns": list(pf.columns),
    }))


if __name__ == "__main__":
    main()
