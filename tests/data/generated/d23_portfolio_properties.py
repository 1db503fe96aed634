# generated: write a Portfolio class with properties (equity, exposure, leverage), classmethod constructors and staticmethod helpers, then run a monthly rebalanced 60/40 with drift bands on synthetic data and print JSON
import argparse
import json
import math
from typing import Dict, Mapping

import numpy as np
import pandas as pd


class Portfolio:
    def __init__(self, cash: float, targets: Mapping[str, float], band: float = 0.05):
        self._cash = float(cash)
        self._targets = dict(targets)
        self._band = band
        self._shares: Dict[str, float] = {k: 0.0 for k in targets}
        self._prices: Dict[str, float] = {}
        self.rebalances = 0
        self.costs = 0.0

    @classmethod
    def sixty_forty(cls, cash: float, band: float = 0.05) -> "Portfolio":
        return cls(cash, {"stocks": 0.6, "bonds": 0.4}, band)

    @classmethod
    def equal_weight(cls, cash: float, names, band: float = 0.05) -> "Portfolio":
        names = list(names)
        return cls(cash, {n: 1 / len(names) for n in names}, band)

    @staticmethod
    def _round_lot(x: float, lot: float = 1.0) -> float:
        return math.floor(x / lot) * lot

    def mark(self, prices: Mapping[str, float]) -> None:
        self._prices.update(prices)

    @property
    def holdings_value(self) -> float:
        return sum(self._shares[k] * self._prices[k] for k in self._shares)

    @property
    def equity(self) -> float:
        return self._cash + self.holdings_value

    @property
    def weights(self) -> Dict[str, float]:
        eq = self.equity
        return {k: self._shares[k] * self._prices[k] / eq for k in self._shares}

    @property
    def exposure(self) -> float:
        return self.holdings_value / self.equity

    @property
    def max_drift(self) -> float:
        w = self.weights
        return max(abs(w[k] - self._targets[k]) for k in w)

    def needs_rebalance(self) -> bool:
        return self.max_drift > self._band or self.exposure < 0.5

    def rebalance(self, cost_rate: float = 0.001) -> None:
        eq = self.equity
        for k, tw in self._targets.items():
            target_sh = self._round_lot(eq * tw / self._prices[k])
            delta = target_sh - self._shares[k]
            notional = delta * self._prices[k]
            fee = abs(notional) * cost_rate
            self._cash -= notional + fee
            self.costs += fee
            self._shares[k] = target_sh
        self.rebalances += 1

    def __repr__(self) -> str:
        w = ", ".join(f"{k}={v:.1%}" for k, v in self.weights.items())
        return f"<Portfolio equity={self.equity:,.0f} {w}>"


def market(days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    cov = np.array([[0.16 ** 2, -0.3 * 0.16 * 0.06], [-0.3 * 0.16 * 0.06, 0.06 ** 2]]) / 252
    r = rng.multivariate_normal([0.07 / 252, 0.03 / 252], cov, size=days)
    return pd.DataFrame(100 * np.exp(np.cumsum(r, axis=0)), columns=["stocks", "bonds"],
                        index=pd.bdate_range("2000-01-03", periods=days))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--band", type=float, default=0.05)
    ap.add_argument("--cash", type=float, default=1_000_000)
    ap.add_argument("--days", type=int, default=252 * 15)
    ap.add_argument("--seed", type=int, default=60)
    ap.add_argument("--style", choices=["60/40", "equal"], default="60/40")
    a = ap.parse_args()

    px = market(a.days, a.seed)
    pf = Portfolio.sixty_forty(a.cash, a.band) if a.style == "60/40" else Portfolio.equal_weight(a.cash, px.columns, a.band)
    curve = []
    month = None
    for ts, row in px.iterrows():
        pf.mark(row.to_dict())
        if month != ts.month:
            month = ts.month
            if pf.needs_rebalance():
                pf.rebalance()
        curve.append(pf.equity)
    eq = pd.Series(curve, index=px.index)
    r = eq.pct_change().dropna()
    print(pf)
    print(json.dumps({
        "final_equity": round(pf.equity, 2),
        "cagr": round(float((eq.iloc[-1] / eq.iloc[0]) ** (252 / len(eq)) - 1), 4),
        "vol": round(float(r.std() * math.sqrt(252)), 4),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "rebalances": pf.rebalances,
        "costs": round(pf.costs, 2),
        "final_weights": {k: round(v, 4) for k, v in pf.weights.items()},
    }))


if __name__ == "__main__":
    main()
