# generated: 60/40 portfolio with tolerance-band rebalancing vs calendar rebalancing, Allocation dataclass with classmethod constructors and validation, json output
import argparse
import json
from dataclasses import dataclass
from typing import Dict

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Allocation:
    weights: Dict[str, float]

    def __post_init__(self):
        total = sum(self.weights.values())
        if abs(total - 1.0) > 1e-9:
            raise ValueError(f"weights sum to {total}, expected 1")

    @classmethod
    def sixty_forty(cls) -> "Allocation":
        return cls({"stocks": 0.6, "bonds": 0.4})

    @classmethod
    def from_string(cls, spec: str) -> "Allocation":
        # "stocks=0.5,bonds=0.3,gold=0.2"
        parts = dict(item.split("=") for item in spec.split(","))
        return cls({k.strip(): float(v) for k, v in parts.items()})

    def as_array(self, columns) -> np.ndarray:
        return np.array([self.weights[c] for c in columns])


def simulate(columns, n, seed):
    rng = np.random.default_rng(seed)
    params = {"stocks": (0.0004, 0.012), "bonds": (0.00015, 0.004), "gold": (0.0002, 0.009)}
    data = {c: rng.normal(*params[c], n) for c in columns}
    return pd.DataFrame(data, index=pd.bdate_range("2004-01-02", periods=n))


def backtest(rets: pd.DataFrame, target: np.ndarray, rule: str, band: float, cost: float):
    w = target.copy()
    value = 1.0
    vals, n_rebal, turnover = [], 0, 0.0
    month = None
    for ts, r in zip(rets.index, rets.to_numpy()):
        growth = w * (1 + r)
        port_ret = growth.sum() - 1
        value *= 1 + port_ret
        w = growth / growth.sum()
        do_rebal = False
        if rule == "band":
            do_rebal = np.any(np.abs(w - target) > band)
        elif rule == "monthly":
            do_rebal = month is not None and ts.month != month
        elif rule == "annual":
            do_rebal = month is not None and ts.month == 1 and month == 12
        month = ts.month
        if do_rebal:
            t = np.abs(w - target).sum()
            turnover += t
            value *= 1 - t * cost
            w = target.copy()
            n_rebal += 1
        vals.append(value)
    s = pd.Series(vals, index=rets.index)
    d = s.pct_change().dropna()
    return {
        "final": round(float(s.iloc[-1]), 4),
        "vol": round(float(d.std() * np.sqrt(252)), 4),
        "sharpe": round(float(d.mean() / d.std() * np.sqrt(252)), 3),
        "max_dd": round(float((s / s.cummax() - 1).min()), 4),
        "rebalances": n_rebal,
        "turnover": round(turnover, 3),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--alloc", default=None, help='e.g. "stocks=0.5,bonds=0.3,gold=0.2"')
    ap.add_argument("--band", type=float, default=0.05)
    ap.add_argument("--cost", type=float, default=0.001)
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=2929)
    args = ap.parse_args()

    alloc = Allocation.from_string(args.alloc) if args.alloc else Allocation.sixty_forty()
    cols = list(alloc.weights)
    rets = simulate(cols, args.n, args.seed)
    target = alloc.as_array(cols)
    out = {rule: backtest(rets, target, rule, args.band, args.cost) for rule in ("band", "monthly", "annual", "never")}
    for rule, st in out.items():
        print(f"{rule:>8}: final={st['final']:.3f} rebalances={st['rebalances']}")
    print(json.dumps({"allocation": alloc.weights, "band": args.band, "results": out}))


if __name__ == "__main__":
    main()
