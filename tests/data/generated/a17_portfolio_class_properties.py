# generated: a Portfolio class with properties for NAV, exposure and drawdown, plus a rebalancing strategy for a 60/40 portfolio; json out
import argparse
import json
from typing import Dict, List

import numpy as np
import pandas as pd


class Portfolio:
    """Holds share counts and cash; marks to market on demand."""

    def __init__(self, cash: float, fee_bps: float = 1.0) -> None:
        self._cash = cash
        self._fee_bps = fee_bps
        self._holdings: Dict[str, float] = {}
        self._prices: Dict[str, float] = {}
        self._nav_history: List[float] = []
        self._fees_paid = 0.0

    def __repr__(self) -> str:
        return f"Portfolio(nav={self.nav:,.2f}, cash={self._cash:,.2f}, holdings={len(self._holdings)})"

    @property
    def nav(self) -> float:
        return self._cash + sum(q * self._prices.get(s, 0.0) for s, q in self._holdings.items())

    @property
    def gross_exposure(self) -> float:
        nav = self.nav
        return sum(abs(q * self._prices[s]) for s, q in self._holdings.items()) / nav if nav else 0.0

    @property
    def drawdown(self) -> float:
        if not self._nav_history:
            return 0.0
        peak = max(self._nav_history)
        return self._nav_history[-1] / peak - 1

    @property
    def fees_paid(self) -> float:
        return self._fees_paid

    def weights(self) -> Dict[str, float]:
        nav = self.nav
        return {s: q * self._prices[s] / nav for s, q in self._holdings.items()}

    def update_prices(self, prices: Dict[str, float]) -> None:
        self._prices.update(prices)
        self._nav_history.append(self.nav)

    def _trade(self, symbol: str, shares: float) -> None:
        price = self._prices[symbol]
        notional = shares * price
        fee = abs(notional) * self._fee_bps / 10_000
        self._cash -= notional + fee
        self._fees_paid += fee
        self._holdings[symbol] = self._holdings.get(symbol, 0.0) + shares

    def rebalance_to(self, target: Dict[str, float]) -> float:
        nav = self.nav
        traded = 0.0
        for symbol, w in target.items():
            desired = nav * w / self._prices[symbol]
            delta = desired - self._holdings.get(symbol, 0.0)
            if abs(delta) > 1e-9:
                self._trade(symbol, delta)
                traded += abs(delta * self._prices[symbol])
        return traded / nav

    @property
    def nav_series(self) -> pd.Series:
        return pd.Series(self._nav_history)


def simulate(n, seed):
    rng = np.random.default_rng(seed)
    cov = np.array([[0.16 ** 2, -0.3 * 0.16 * 0.07], [-0.3 * 0.16 * 0.07, 0.07 ** 2]]) / 252
    r = rng.multivariate_normal([0.07 / 252, 0.035 / 252], cov, size=n)
    idx = pd.bdate_range("2000-01-03", periods=n)
    return pd.DataFrame(100 * np.exp(np.cumsum(r, axis=0)), index=idx, columns=["stocks", "bonds"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--equity-weight", type=float, default=0.6)
    ap.add_argument("--band", type=float, default=0.05, help="rebalance when drift exceeds band")
    ap.add_argument("--days", type=int, default=252 * 12)
    ap.add_argument("--seed", type=int, default=60)
    args = ap.parse_args()

    prices = simulate(args.days, args.seed)
    target = {"stocks": args.equity_weight, "bonds": 1 - args.equity_weight}
    pf = Portfolio(1_000_000)
    rebalances, turnover, worst_dd = 0, 0.0, 0.0
    for i, (ts, row) in enumerate(prices.iterrows()):
        pf.update_prices(row.to_dict())
        w = pf.weights()
        if i == 0 or abs(w.get("stocks", 0) - target["stocks"]) > args.band:
            turnover += pf.rebalance_to(target)
            rebalances += 1
        worst_dd = min(worst_dd, pf.drawdown)
    print(pf)
    navs = pf.nav_series
    r = navs.pct_change().dropna()
    print(json.dumps({
        "final_nav": round(pf.nav, 2),
        "ann_return": round(float((navs.iloc[-1] / navs.iloc[0]) ** (252 / len(navs)) - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
        "max_drawdown": round(worst_dd, 4),
        "rebalances": rebalances,
        "total_turnover": round(turnover, 3),
        "fees_paid": round(pf.fees_paid, 2),
        "final_weights": {k: round(v, 4) for k, v in pf.weights().items()},
    }))


if __name__ == "__main__":
    main()
