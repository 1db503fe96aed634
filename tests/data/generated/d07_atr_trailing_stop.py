# generated: trend following breakout with ATR-based trailing stop and position sizing (turtle style) on synthetic OHLC bars, print JSON results
from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass
from typing import List, Optional

import numpy as np
import pandas as pd


@dataclass
class Trade:
    entry_date: str
    entry: float
    units: float
    stop: float
    exit_date: Optional[str] = None
    exit: Optional[float] = None

    @property
    def pnl(self) -> float:
        if self.exit is None:
            return 0.0
        return (self.exit - self.entry) * self.units

    @property
    def r_multiple(self) -> float:
        risk = (self.entry - self.stop) * self.units
        return self.pnl / risk if risk else 0.0


def ohlc(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    close = 20 * np.exp(np.cumsum(rng.normal(0.0004, 0.018, n)))
    spread = np.abs(rng.normal(0, 0.01, n)) * close
    high = close + spread * rng.uniform(0.2, 1.0, n)
    low = close - spread * rng.uniform(0.2, 1.0, n)
    opn = (high + low) / 2
    return pd.DataFrame({"open": opn, "high": high, "low": low, "close": close},
                        index=pd.bdate_range("2016-01-04", periods=n))


def average_true_range(df: pd.DataFrame, n: int = 20) -> pd.Series:
    prev = df["close"].shift(1)
    tr = pd.concat([df["high"] - df["low"], (df["high"] - prev).abs(), (df["low"] - prev).abs()], axis=1).max(axis=1)
    return tr.rolling(n).mean()


def backtest(df: pd.DataFrame, breakout: int, atr_mult: float, risk_frac: float, capital: float):
    df = df.copy()
    df["atr"] = average_true_range(df)
    df["hh"] = df["high"].rolling(breakout).max().shift(1)
    trades: List[Trade] = []
    open_trade: Optional[Trade] = None
    equity = capital
    curve = []
    for ts, row in df.iterrows():
        if open_trade is not None:
            new_stop = row["close"] - atr_mult * row["atr"]
            open_trade.stop = max(open_trade.stop, new_stop)
            if row["low"] <= open_trade.stop:
                open_trade.exit = min(row["open"], open_trade.stop)
                open_trade.exit_date = str(ts.date())
                equity += open_trade.pnl
                trades.append(open_trade)
                open_trade = None
        elif not math.isnan(row["hh"]) and row["close"] > row["hh"] and row["atr"] > 0:
            stop = row["close"] - atr_mult * row["atr"]
            units = math.floor(equity * risk_frac / (row["close"] - stop))
            if units > 0:
                open_trade = Trade(str(ts.date()), row["close"], units, stop)
        mtm = equity + ((row["close"] - open_trade.entry) * open_trade.units if open_trade else 0)
        curve.append(mtm)
    return trades, pd.Series(curve, index=df.index)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--breakout", type=int, default=55)
    ap.add_argument("--atr-mult", type=float, default=3.0)
    ap.add_argument("--risk", type=float, default=0.01)
    ap.add_argument("--capital", type=float, default=50_000.0)
    ap.add_argument("--n", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=99)
    a = ap.parse_args()

    trades, curve = backtest(ohlc(a.n, a.seed), a.breakout, a.atr_mult, a.risk, a.capital)
    rs = [t.r_multiple for t in trades]
    for t in trades[-3:]:
        print(f"  {t.entry_date} -> {t.exit_date}: pnl {t.pnl:+,.2f} ({t.r_multiple:+.2f}R)")
    rets = curve.pct_change().dropna()
    print(json.dumps({
        "trades": len(trades),
        "win_rate": round(sum(r > 0 for r in rs) / len(rs), 3) if rs else None,
        "avg_R": round(float(np.mean(rs)), 3) if rs else None,
        "expectancy": round(float(np.mean([t.pnl for t in trades])), 2) if trades else None,
        "final_equity": round(float(curve.iloc[-1]), 2),
        "sharpe": round(float(rets.mean() / rets.std() * math.sqrt(252)), 3),
        "max_dd": round(float((curve / curve.cummax() - 1).min()), 4),
    }))


if __name__ == "__main__":
    main()
