# generated: equal-risk basket strategy with a Ticker value class (hashable, comparable, nice repr) used as dict keys, JSON output
import argparse
import json
import re
from functools import total_ordering
from typing import Dict

import numpy as np
import pandas as pd

_TICKER_RE = re.compile(r"^(?P<root>[A-Z]{1,5})(?:\.(?P<exch>[A-Z]{1,3}))?$")


@total_ordering
class Ticker:
    __slots__ = ("root", "exchange")

    def __init__(self, text: str):
        m = _TICKER_RE.match(text.strip().upper())
        if not m:
            raise ValueError(f"bad ticker: {text!r}")
        self.root = m.group("root")
        self.exchange = m.group("exch") or "US"

    def __eq__(self, other):
        if isinstance(other, str):
            other = Ticker(other)
        return (self.root, self.exchange) == (other.root, other.exchange)

    def __lt__(self, other):
        return (self.exchange, self.root) < (other.exchange, other.root)

    def __hash__(self):
        return hash((self.root, self.exchange))

    def __repr__(self):
        return f"Ticker('{self}')"

    def __str__(self):
        return self.root if self.exchange == "US" else f"{self.root}.{self.exchange}"


def simulate(tickers, n, seed) -> Dict[Ticker, pd.Series]:
    rng = np.random.default_rng(seed)
    idx = pd.bdate_range("2019-01-01", periods=n)
    out = {}
    for t in tickers:
        vol = rng.uniform(0.1, 0.45) / np.sqrt(252)
        out[t] = pd.Series(np.exp(np.cumsum(rng.normal(0.0003, vol, n))) * 100, index=idx)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tickers", nargs="+", default=["aapl", "MSFT", "VOD.L", "SAP.DE", "BHP.AX", "nvda"])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--vol-window", type=int, default=60, dest="vol_window")
    ap.add_argument("--seed", type=int, default=5)
    a = ap.parse_args()
    tickers = sorted({Ticker(t) for t in a.tickers})
    prices = simulate(tickers, a.n, a.seed)
    rets = pd.DataFrame({str(t): s.pct_change() for t, s in prices.items()})
    inv_vol = 1 / rets.rolling(a.vol_window).std()
    weights = inv_vol.div(inv_vol.sum(axis=1), axis=0).shift(1)
    port = (weights * rets).sum(axis=1, min_count=1).dropna()
    eq = (1 + port).cumprod()
    last_w = {Ticker(k): round(float(v), 4) for k, v in weights.iloc[-1].items()}
    assert Ticker("msft") in last_w and "AAPL" == Ticker("AAPL")
    print("universe:", ", ".join(map(repr, tickers)))
    print(json.dumps({
        "universe": [str(t) for t in tickers],
        "sharpe": round(float(port.mean() / port.std() * np.sqrt(252)), 3),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "last_weights": {str(k): v for k, v in sorted(last_w.items())},
        "exchanges": sorted({t.exchange for t in tickers}),
    }))


if __name__ == "__main__":
    main()
