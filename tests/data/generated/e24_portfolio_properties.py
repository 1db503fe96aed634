# generated: OOP backtest with Asset, Holding and Portfolio classes using properties, classmethods and staticmethods; equal-weight rebalance; json
import argparse
import json
import math
from typing import Dict, List

import numpy as np


class Asset:
    _registry: Dict[str, "Asset"] = {}

    def __init__(self, symbol: str, prices: np.ndarray):
        self.symbol = symbol
        self._prices = prices
        Asset._registry[symbol] = self

    @classmethod
    def synthetic(cls, symbol: str, n: int, rng: np.random.Generator, mu: float, sigma: float) -> "Asset":
        rets = rng.normal(mu / 252, sigma / math.sqrt(252), n)
        return cls(symbol, 100 * np.exp(np.cumsum(rets)))

    @classmethod
    def get(cls, symbol: str) -> "Asset":
        return cls._registry[symbol]

    def price(self, t: int) -> float:
        return float(self._prices[t])

    def __len__(self):
        return len(self._prices)

    def __repr__(self):
        return f"Asset({self.symbol!r}, n={len(self)})"


class Holding:
    def __init__(self, asset: Asset, shares: float = 0.0):
        self.asset = asset
        self._shares = shares

    @property
    def shares(self) -> float:
        return self._shares

    @shares.setter
    def shares(self, value: float) -> None:
        if value < 0:
            raise ValueError("long-only portfolio")
        self._shares = value

    def value(self, t: int) -> float:
        return self._shares * self.asset.price(t)


class Portfolio:
    def __init__(self, assets: List[Asset], cash: float, cost_bps: float):
        self._holdings = {a.symbol: Holding(a) for a in assets}
        self.cash = cash
        self._cost = cost_bps / 1e4
        self.costs_paid = 0.0

    @property
    def symbols(self) -> List[str]:
        return sorted(self._holdings)

    def nav(self, t: int) -> float:
        return self.cash + sum(h.value(t) for h in self._holdings.values())

    @staticmethod
    def target_weights(symbols: List[str]) -> Dict[str, float]:
        return {s: 1.0 / len(symbols) for s in symbols}

    def rebalance(self, t: int) -> float:
        nav = self.nav(t)
        turnover = 0.0
        for sym, w in self.target_weights(self.symbols).items():
            h = self._holdings[sym]
            px = h.asset.price(t)
            target_shares = nav * w / px
            trade_value = (target_shares - h.shares) * px
            cost = abs(trade_value) * self._cost
            self.cash -= trade_value + cost
            self.costs_paid += cost
            h.shares = target_shares
            turnover += abs(trade_value)
        return turnover / nav


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=1260)
    ap.add_argument("--freq", type=int, default=21, help="rebalance every N days")
    ap.add_argument("--cost-bps", type=float, default=10.0, dest="cost_bps")
    ap.add_argument("--seed", type=int, default=123)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    specs = {"AAA": (0.08, 0.2), "BBB": (0.05, 0.1), "CCC": (0.12, 0.35), "DDD": (0.03, 0.05)}
    assets = [Asset.synthetic(s, a.days, rng, mu, sig) for s, (mu, sig) in specs.items()]
    pf = Portfolio(assets, 1_000_000.0, a.cost_bps)
    navs, turns = [], []
    for t in range(a.days):
        if t % a.freq == 0:
            turns.append(pf.rebalance(t))
        navs.append(pf.nav(t))
    navs = np.array(navs)
    r = np.diff(navs) / navs[:-1]
    print(repr(Asset.get("CCC")), "rebalances:", len(turns))
    print(json.dumps({
        "final_nav": round(float(navs[-1]), 2),
        "cagr": round(float((navs[-1] / navs[0]) ** (252 / a.days) - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * math.sqrt(252)), 3),
        "costs_paid": round(pf.costs_paid, 2),
        "avg_turnover": round(float(np.mean(turns[1:])), 4),
        "symbols": pf.symbols,
    }))


if __name__ == "__main__":
    main()
