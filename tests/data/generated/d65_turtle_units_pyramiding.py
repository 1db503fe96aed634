# generated: full turtle trading system 1 with pyramiding (add a unit every 0.5N up to 4 units), 2N stops, N from 20-day ATR, on three synthetic futures; classes for Unit and Market state; json output
import argparse
import json
import math
from dataclasses import dataclass, field
from typing import Dict, List

import numpy as np
import pandas as pd


@dataclass
class Unit:
    entry: float
    contracts: int


@dataclass
class MarketState:
    symbol: str
    point_value: float
    units: List[Unit] = field(default_factory=list)
    direction: int = 0
    stop: float = math.nan
    realised: float = 0.0
    trades: int = 0

    @property
    def contracts(self) -> int:
        return sum(u.contracts for u in self.units)

    def open_pnl(self, price: float) -> float:
        return sum(self.direction * (price - u.entry) * u.contracts * self.point_value for u in self.units)

    def close_all(self, price: float) -> None:
        self.realised += self.open_pnl(price)
        self.units.clear()
        self.direction = 0
        self.stop = math.nan
        self.trades += 1


def make_market(n, seed, start_price, vol):
    rng = np.random.default_rng(seed)
    drift = np.repeat(rng.normal(0, 0.0004, n // 120 + 1), 120)[:n]
    c = start_price * np.exp(np.cumsum(drift + rng.normal(0, vol, n)))
    rngs = np.abs(rng.normal(0, vol * 0.6, n)) * c
    return pd.DataFrame({"high": c + rngs, "low": c - rngs, "close": c}, index=pd.bdate_range("2010-01-04", periods=n))


def n_value(df: pd.DataFrame, period: int = 20) -> pd.Series:
    prev = df["close"].shift()
    tr = pd.concat([df["high"] - df["low"], (df["high"] - prev).abs(), (df["low"] - prev).abs()], axis=1).max(axis=1)
    return tr.ewm(alpha=1 / period, adjust=False).mean()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--capital", type=float, default=1_000_000)
    ap.add_argument("--risk", type=float, default=0.01, help="fraction of equity per N per unit")
    ap.add_argument("--max-units", type=int, default=4)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=20)
    a = ap.parse_args()

    specs = {"CL": (70.0, 0.02, 1000), "GC": (1300.0, 0.011, 100), "ZN": (120.0, 0.004, 1000)}
    data = {s: make_market(a.n, a.seed + i, p, v) for i, (s, (p, v, _)) in enumerate(specs.items())}
    states: Dict[str, MarketState] = {s: MarketState(s, specs[s][2]) for s in specs}
    for s, df in data.items():
        df["N"] = n_value(df)
        df["hi20"] = df["high"].rolling(20).max().shift()
        df["lo20"] = df["low"].rolling(20).min().shift()
        df["hi10"] = df["high"].rolling(10).max().shift()
        df["lo10"] = df["low"].rolling(10).min().shift()

    equity_curve = []
    index = next(iter(data.values())).index
    for t in range(21, a.n):
        equity = a.capital + sum(st.realised + st.open_pnl(data[s]["close"].iat[t]) for s, st in states.items())
        for s, st in states.items():
            row = data[s].iloc[t]
            N = row["N"]
            unit_size = max(1, int(equity * a.risk / (N * st.point_value)))
            if st.direction != 0:
                exit_hit = (st.direction > 0 and row["low"] < row["lo10"]) or (st.direction < 0 and row["high"] > row["hi10"])
                stop_hit = (st.direction > 0 and row["low"] <= st.stop) or (st.direction < 0 and row["high"] >= st.stop)
                if stop_hit or exit_hit:
                    st.close_all(st.stop if stop_hit else row["close"])
                    continue
                last = st.units[-1].entry
                if len(st.units) < a.max_units and st.direction * (row["close"] - last) >= 0.5 * N:
                    st.units.append(Unit(row["close"], unit_size))
                    st.stop = row["close"] - st.direction * 2 * N
            else:
                if row["high"] > row["hi20"]:
                    st.direction = 1
                elif row["low"] < row["lo20"]:
                    st.direction = -1
                else:
                    continue
                st.units.append(Unit(row["close"], unit_size))
                st.stop = row["close"] - st.direction * 2 * N
        equity_curve.append(equity)

    eq = pd.Series(equity_curve, index=index[21:])
    r = eq.pct_change().dropna()
    print("per-market realised:", {s: f"{st.realised:,.0f}" for s, st in states.items()})
    print(json.dumps({
        "final_equity": round(float(eq.iloc[-1]), 2),
        "cagr": round(float((eq.iloc[-1] / a.capital) ** (252 / len(eq)) - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * math.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "trades": {s: st.trades for s, st in states.items()},
        "open_units": {s: len(st.units) for s, st in states.items()},
    }))


if __name__ == "__main__":
    main()
