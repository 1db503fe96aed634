# generated: MACD strategy using an Enum for signals and dataclasses for trades; print summary json
import argparse
import json
from dataclasses import dataclass, asdict
from enum import Enum
from typing import List, Optional

import numpy as np
import pandas as pd


class Signal(Enum):
    BUY = 1
    SELL = -1
    HOLD = 0


@dataclass
class Trade:
    entry_date: str
    entry_price: float
    exit_date: Optional[str] = None
    exit_price: Optional[float] = None

    @property
    def pnl_pct(self) -> float:
        if self.exit_price is None:
            return 0.0
        return self.exit_price / self.entry_price - 1


def make_series(n: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    regime = np.repeat(rng.choice([-1, 1], size=n // 100 + 1), 100)[:n]
    rets = rng.normal(0.0006 * regime, 0.01)
    return pd.Series(100 * np.exp(np.cumsum(rets)), index=pd.bdate_range("2017-06-01", periods=n))


def macd(close: pd.Series, fast: int, slow: int, signal: int) -> pd.DataFrame:
    ema_fast = close.ewm(span=fast, adjust=False).mean()
    ema_slow = close.ewm(span=slow, adjust=False).mean()
    line = ema_fast - ema_slow
    sig = line.ewm(span=signal, adjust=False).mean()
    return pd.DataFrame({"macd": line, "signal": sig, "hist": line - sig})


def to_signals(hist: pd.Series) -> List[Signal]:
    out = [Signal.HOLD]
    for prev, cur in zip(hist.values[:-1], hist.values[1:]):
        if prev <= 0 < cur:
            out.append(Signal.BUY)
        elif prev >= 0 > cur:
            out.append(Signal.SELL)
        else:
            out.append(Signal.HOLD)
    return out


def simulate(close: pd.Series, signals: List[Signal]) -> List[Trade]:
    trades: List[Trade] = []
    open_trade: Optional[Trade] = None
    for (date, price), sig in zip(close.items(), signals):
        match sig:
            case Signal.BUY if open_trade is None:
                open_trade = Trade(str(date.date()), float(price))
            case Signal.SELL if open_trade is not None:
                open_trade.exit_date = str(date.date())
                open_trade.exit_price = float(price)
                trades.append(open_trade)
                open_trade = None
            case _:
                pass
    if open_trade is not None:
        open_trade.exit_date = str(close.index[-1].date())
        open_trade.exit_price = float(close.iloc[-1])
        trades.append(open_trade)
    return trades


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fast", type=int, default=12)
    parser.add_argument("--slow", type=int, default=26)
    parser.add_argument("--signal", type=int, default=9)
    parser.add_argument("--n", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()

    close = make_series(args.n, args.seed)
    ind = macd(close, args.fast, args.slow, args.signal)
    sigs = to_signals(ind["hist"])
    trades = simulate(close, sigs)
    pnls = np.array([t.pnl_pct for t in trades])
    compounded = float(np.prod(1 + pnls) - 1) if len(pnls) else 0.0
    counts = {s.name: sum(1 for x in sigs if x is s) for s in Signal}
    print(f"{len(trades)} round trips, signal counts {counts}")
    print(json.dumps({
        "strategy": "macd",
        "round_trips": len(trades),
        "compounded_return": round(compounded, 4),
        "avg_trade": round(float(pnls.mean()), 5) if len(pnls) else None,
        "best_trade": asdict(max(trades, key=lambda t: t.pnl_pct)) if trades else None,
        "hit_rate": round(float((pnls > 0).mean()), 3) if len(pnls) else None,
    }))


if __name__ == "__main__":
    main()
