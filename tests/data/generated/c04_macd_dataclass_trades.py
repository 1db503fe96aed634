# generated: MACD crossover strategy with a Trade dataclass and summary statistics printed as JSON
from __future__ import annotations

import argparse
import json
import statistics
from dataclasses import dataclass, field
from datetime import date
from typing import List, Optional

import numpy as np
import pandas as pd


@dataclass(order=True)
class Trade:
    pnl_pct: float
    entry_date: date = field(compare=False)
    exit_date: date = field(compare=False)
    entry_price: float = field(compare=False)
    exit_price: float = field(compare=False)

    @property
    def holding_days(self) -> int:
        return (self.exit_date - self.entry_date).days

    @property
    def is_winner(self) -> bool:
        return self.pnl_pct > 0


def macd(close: pd.Series, fast=12, slow=26, signal=9) -> pd.DataFrame:
    ema_fast = close.ewm(span=fast, adjust=False).mean()
    ema_slow = close.ewm(span=slow, adjust=False).mean()
    line = ema_fast - ema_slow
    sig = line.ewm(span=signal, adjust=False).mean()
    return pd.DataFrame({"macd": line, "signal": sig, "hist": line - sig})


def run(close: pd.Series, fast: int, slow: int, signal: int) -> List[Trade]:
    m = macd(close, fast, slow, signal)
    cross_up = (m["hist"] > 0) & (m["hist"].shift(1) <= 0)
    cross_dn = (m["hist"] < 0) & (m["hist"].shift(1) >= 0)
    trades: List[Trade] = []
    entry: Optional[tuple] = None
    for ts in close.index[slow:]:
        px = float(close.loc[ts])
        if entry is None and cross_up.loc[ts]:
            entry = (ts.date(), px)
        elif entry is not None and cross_dn.loc[ts]:
            trades.append(Trade(px / entry[1] - 1, entry[0], ts.date(), entry[1], px))
            entry = None
    return trades


def summarize(trades: List[Trade]) -> dict:
    if not trades:
        return {"n_trades": 0}
    pnls = [t.pnl_pct for t in trades]
    best, worst = max(trades), min(trades)
    return {
        "n_trades": len(trades),
        "win_rate": round(sum(t.is_winner for t in trades) / len(trades), 3),
        "mean_pnl": round(statistics.mean(pnls), 5),
        "median_pnl": round(statistics.median(pnls), 5),
        "stdev_pnl": round(statistics.stdev(pnls), 5) if len(pnls) > 1 else 0.0,
        "compounded": round(float(np.prod([1 + p for p in pnls]) - 1), 4),
        "avg_hold_days": round(statistics.mean(t.holding_days for t in trades), 1),
        "best": {"date": best.entry_date.isoformat(), "pnl": round(best.pnl_pct, 4)},
        "worst": {"date": worst.entry_date.isoformat(), "pnl": round(worst.pnl_pct, 4)},
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--fast", type=int, default=12)
    parser.add_argument("--slow", type=int, default=26)
    parser.add_argument("--signal", type=int, default=9)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()

    rng = np.random.default_rng(args.seed)
    n = 1260
    idx = pd.bdate_range(end="2024-12-31", periods=n)
    close = pd.Series(200 * np.exp(np.cumsum(rng.standard_t(5, n) * 0.01)), index=idx)

    trades = run(close, args.fast, args.slow, args.signal)
    print(f"{len(trades)} completed trades")
    for t in sorted(trades)[-3:]:
        print(f"  top trade {t.entry_date} -> {t.exit_date}: {t.pnl_pct:+.2%}")
    print(json.dumps(summarize(trades)))


if __name__ == "__main__":
    main()
