# generated: a RiskManager class with validated property setters (max leverage, max position, stop) that gates orders from a mean-reversion signal on 3 assets; JSON summary of rejected vs accepted orders
import argparse
import json
from collections import Counter
from dataclasses import dataclass
from typing import Dict

import numpy as np
import pandas as pd


@dataclass
class OrderRequest:
    symbol: str
    target_weight: float


class RiskManager:
    def __init__(self, max_leverage: float = 1.5, max_weight: float = 0.5, max_daily_turnover: float = 0.6) -> None:
        self.max_leverage = max_leverage
        self.max_weight = max_weight
        self.max_daily_turnover = max_daily_turnover
        self.rejections = Counter()

    @property
    def max_leverage(self) -> float:
        return self._max_leverage

    @max_leverage.setter
    def max_leverage(self, value: float) -> None:
        if not 0 < value <= 10:
            raise ValueError("max_leverage must be in (0, 10]")
        self._max_leverage = float(value)

    @property
    def max_weight(self) -> float:
        return self._max_weight

    @max_weight.setter
    def max_weight(self, value: float) -> None:
        if not 0 < value <= 1:
            raise ValueError("max_weight must be in (0, 1]")
        self._max_weight = float(value)

    def approve(self, current: Dict[str, float], requests: list) -> Dict[str, float]:
        proposed = dict(current)
        for req in requests:
            w = req.target_weight
            if abs(w) > self.max_weight:
                self.rejections["weight_clipped"] += 1
                w = np.sign(w) * self.max_weight
            proposed[req.symbol] = w
        gross = sum(abs(v) for v in proposed.values())
        if gross > self.max_leverage:
            self.rejections["leverage_scaled"] += 1
            proposed = {k: v * self.max_leverage / gross for k, v in proposed.items()}
        turnover = sum(abs(proposed.get(k, 0) - current.get(k, 0)) for k in set(proposed) | set(current))
        if turnover > self.max_daily_turnover:
            self.rejections["turnover_partial"] += 1
            frac = self.max_daily_turnover / turnover
            proposed = {k: current.get(k, 0) + frac * (v - current.get(k, 0)) for k, v in proposed.items()}
        return proposed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=1500)
    ap.add_argument("--max-leverage", type=float, default=1.5)
    ap.add_argument("--max-weight", type=float, default=0.5)
    ap.add_argument("--max-turnover", type=float, default=0.6)
    ap.add_argument("--seed", type=int, default=303)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    syms = ["AAA", "BBB", "CCC"]
    prices = pd.DataFrame(50 * np.exp(np.cumsum(rng.normal(0, 0.015, (args.days, 3)), axis=0)), columns=syms,
                          index=pd.bdate_range("2018-01-01", periods=args.days))
    z = (prices - prices.rolling(20).mean()) / prices.rolling(20).std()
    rm = RiskManager(args.max_leverage, args.max_weight, args.max_turnover)
    weights = {s: 0.0 for s in syms}
    rets = prices.pct_change().fillna(0)
    pnl = []
    n_requests = 0
    for ts in prices.index:
        pnl.append(sum(weights[s] * rets.at[ts, s] for s in syms))
        if z.loc[ts].isna().any():
            continue
        reqs = [OrderRequest(s, float(-z.at[ts, s] * 0.3)) for s in syms]
        n_requests += len(reqs)
        weights = rm.approve(weights, reqs)
    try:
        rm.max_leverage = -1
    except ValueError as exc:
        print(f"validation works: {exc}")
    pnl = pd.Series(pnl, index=prices.index)
    eq = (1 + pnl).cumprod()
    print(json.dumps({
        "requests": n_requests,
        "interventions": dict(rm.rejections),
        "final_weights": {k: round(v, 4) for k, v in weights.items()},
        "sharpe": round(float(pnl.mean() / pnl.std() * np.sqrt(252)), 3),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "limits": {"max_leverage": rm.max_leverage, "max_weight": rm.max_weight},
    }))


if __name__ == "__main__":
    main()
