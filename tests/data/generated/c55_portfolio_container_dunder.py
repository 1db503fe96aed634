# generated: a Portfolio class that behaves like a mapping (__getitem__, __setitem__, __contains__, __iter__, __len__) holding Holding objects, with equal-weight monthly rebalancing of a 10-asset universe; JSON output
from __future__ import annotations

import argparse
import json
from typing import Dict, Iterator

import numpy as np
import pandas as pd


class Holding:
    def __init__(self, symbol: str, shares: float = 0.0):
        self.symbol = symbol
        self.shares = shares

    def value(self, price: float) -> float:
        return self.shares * price

    def __repr__(self) -> str:
        return f"Holding({self.symbol!r}, {self.shares:.3f})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Holding) and (self.symbol, self.shares) == (other.symbol, other.shares)


class Portfolio:
    def __init__(self, cash: float):
        self.cash = cash
        self._holdings: Dict[str, Holding] = {}

    def __getitem__(self, symbol: str) -> Holding:
        return self._holdings[symbol]

    def __setitem__(self, symbol: str, shares: float) -> None:
        self._holdings[symbol] = Holding(symbol, shares)

    def __contains__(self, symbol: str) -> bool:
        return symbol in self._holdings

    def __iter__(self) -> Iterator[str]:
        return iter(self._holdings)

    def __len__(self) -> int:
        return len(self._holdings)

    def nav(self, prices: pd.Series) -> float:
        return self.cash + sum(h.value(prices[s]) for s, h in self._holdings.items())

    def weights(self, prices: pd.Series) -> Dict[str, float]:
        total = self.nav(prices)
        return {s: h.value(prices[s]) / total for s, h in self._holdings.items()}

    def rebalance(self, targets: Dict[str, float], prices: pd.Series, cost_bps: float) -> float:
        total = self.nav(prices)
        traded = 0.0
        for s in list(self):
            if s not in targets:
                traded += abs(self[s].value(prices[s]))
                self.cash += self[s].value(prices[s])
                del self._holdings[s]
        for s, w in targets.items():
            cur = self[s].value(prices[s]) if s in self else 0.0
            tgt = w * total
            traded += abs(tgt - cur)
            self.cash -= tgt - cur
            self[s] = tgt / prices[s]
        cost = traded * cost_bps / 1e4
        self.cash -= cost
        return cost


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assets", type=int, default=10)
    ap.add_argument("--days", type=int, default=1500)
    ap.add_argument("--hold", type=int, default=5, help="number of assets held (lowest volatility)")
    ap.add_argument("--cost-bps", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=37)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    syms = [f"A{i}" for i in range(a.assets)]
    vols = rng.uniform(0.006, 0.025, a.assets)
    rets = rng.normal(0.0003, vols, (a.days, a.assets))
    prices = pd.DataFrame(50 * np.exp(np.cumsum(rets, axis=0)), columns=syms,
                          index=pd.bdate_range("2017-01-02", periods=a.days))
    month_starts = set(prices.groupby(prices.index.to_period("M")).head(1).index)

    pf = Portfolio(1_000_000.0)
    navs, costs = [], 0.0
    for day, px in prices.iterrows():
        if day in month_starts and prices.loc[:day].shape[0] > 60:
            recent_vol = prices.loc[:day].pct_change().tail(60).std()
            chosen = recent_vol.nsmallest(a.hold).index
            costs += pf.rebalance({s: 1 / len(chosen) for s in chosen}, px, a.cost_bps)
        navs.append(pf.nav(px))

    nav = pd.Series(navs, index=prices.index)
    r = nav.pct_change().dropna()
    r = r[r != 0]
    last_px = prices.iloc[-1]
    print(f"holding {len(pf)} assets: {sorted(pf)}; example {pf[next(iter(pf))]!r}")
    print(json.dumps({
        "final_nav": round(nav.iloc[-1], 2),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
        "max_dd": round(float((nav / nav.cummax() - 1).min()), 4),
        "total_costs": round(costs, 2),
        "final_weights": {k: round(v, 4) for k, v in pf.weights(last_px).items()},
        "true_vols_rank": [syms[i] for i in np.argsort(vols)[: a.hold]],
    }))


if __name__ == "__main__":
    main()
