# generated: backtest a breakout strategy and dump the full trade log as JSON using a custom JSONEncoder for dataclasses, datetimes, enums and numpy types; final line is a summary JSON
import argparse
import dataclasses
import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import List, Optional

import numpy as np
import pandas as pd


class Direction(Enum):
    LONG = "long"
    SHORT = "short"


@dataclass
class TradeRecord:
    id: int
    direction: Direction
    entry_date: date
    entry_price: float
    exit_date: Optional[date] = None
    exit_price: Optional[float] = None
    pnl_pct: Optional[float] = None


class BacktestEncoder(json.JSONEncoder):
    def default(self, o):
        if dataclasses.is_dataclass(o):
            return dataclasses.asdict(o)
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        if isinstance(o, np.integer):
            return int(o)
        if isinstance(o, np.floating):
            return round(float(o), 6)
        if isinstance(o, np.ndarray):
            return o.tolist()
        return super().default(o)


def run(close: pd.Series, n: int) -> List[TradeRecord]:
    hi = close.rolling(n).max().shift(1)
    lo = close.rolling(n).min().shift(1)
    trades: List[TradeRecord] = []
    current: Optional[TradeRecord] = None
    for ts, px in close.items():
        if np.isnan(hi[ts]):
            continue
        direction = Direction.LONG if px > hi[ts] else Direction.SHORT if px < lo[ts] else None
        if direction is None:
            continue
        if current is not None and current.direction is not direction:
            current.exit_date, current.exit_price = ts.date(), px
            sign = 1 if current.direction is Direction.LONG else -1
            current.pnl_pct = sign * (px / current.entry_price - 1)
            trades.append(current)
            current = None
        if current is None:
            current = TradeRecord(len(trades) + 1, direction, ts.date(), px)
    if current is not None:
        trades.append(current)
    return trades


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=2000)
    ap.add_argument("--channel", type=int, default=50)
    ap.add_argument("--show", type=int, default=3, help="trades to echo before summary")
    ap.add_argument("--seed", type=int, default=37)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0002, 0.013, args.bars))),
                      index=pd.bdate_range("2012-01-02", periods=args.bars))
    trades = run(close, args.channel)
    closed = [t for t in trades if t.pnl_pct is not None]
    pnls = np.array([t.pnl_pct for t in closed])
    for t in trades[: args.show]:
        print(json.dumps(t, cls=BacktestEncoder))
    summary = {
        "generated": datetime(2024, 6, 1, 12, 0),
        "trades": len(trades),
        "closed": len(closed),
        "long_trades": sum(t.direction is Direction.LONG for t in trades),
        "win_rate": (pnls > 0).mean() if len(pnls) else None,
        "avg_pnl": pnls.mean() if len(pnls) else None,
        "compounded": np.prod(1 + pnls) - 1 if len(pnls) else 0.0,
        "open_trade": trades[-1] if trades and trades[-1].pnl_pct is None else None,
        "pnl_quantiles": np.percentile(pnls, [10, 50, 90]) if len(pnls) else [],
    }
    print(json.dumps(summary, cls=BacktestEncoder))


if __name__ == "__main__":
    main()
