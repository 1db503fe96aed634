# generated: a mini backtesting engine like backtrader: Strategy base class with on_start/on_bar/on_stop hooks, a Broker with commission and slippage, and an SMA+RSI strategy subclass; print json
from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np
import pandas as pd


@dataclass
class Fill:
    bar: int
    qty: int
    price: float
    commission: float


@dataclass
class Broker:
    cash: float
    commission_per_share: float = 0.005
    min_commission: float = 1.0
    slippage_bps: float = 2.0
    position: int = 0
    fills: List[Fill] = field(default_factory=list)

    def market_order(self, bar: int, qty: int, ref_price: float) -> Optional[Fill]:
        if qty == 0:
            return None
        px = ref_price * (1 + math.copysign(self.slippage_bps / 1e4, qty))
        comm = max(self.min_commission, abs(qty) * self.commission_per_share)
        if qty > 0 and qty * px + comm > self.cash:
            qty = int((self.cash - comm) // px)
            if qty <= 0:
                return None
        self.cash -= qty * px + comm
        self.position += qty
        fill = Fill(bar, qty, px, comm)
        self.fills.append(fill)
        return fill

    def value(self, price: float) -> float:
        return self.cash + self.position * price


class Strategy:
    def __init__(self, **params) -> None:
        self.params = params
        self.broker: Optional[Broker] = None
        self.data: Optional[pd.DataFrame] = None

    def on_start(self) -> None:
        pass

    def on_bar(self, i: int, row) -> None:
        raise NotImplementedError

    def on_stop(self) -> Dict[str, float]:
        return {}

    def buy(self, i: int, qty: int, price: float):
        return self.broker.market_order(i, qty, price)

    def sell(self, i: int, qty: int, price: float):
        return self.broker.market_order(i, -qty, price)


class SmaRsi(Strategy):
    def on_start(self) -> None:
        c = self.data["close"]
        self.data["sma"] = c.rolling(self.params.get("sma", 50)).mean()
        d = c.diff()
        up = d.clip(lower=0).rolling(14).mean()
        dn = (-d.clip(upper=0)).rolling(14).mean()
        self.data["rsi"] = 100 - 100 / (1 + up / dn)
        self.signals = 0

    def on_bar(self, i: int, row) -> None:
        if np.isnan(row.sma) or np.isnan(row.rsi):
            return
        if self.broker.position == 0 and row.close > row.sma and row.rsi < self.params.get("rsi_buy", 40):
            qty = int(self.broker.cash * 0.95 // row.close)
            if self.buy(i, qty, row.close):
                self.signals += 1
        elif self.broker.position > 0 and (row.rsi > self.params.get("rsi_sell", 70) or row.close < row.sma * 0.97):
            self.sell(i, self.broker.position, row.close)

    def on_stop(self) -> Dict[str, float]:
        return {"entries": self.signals}


class Engine:
    def __init__(self, data: pd.DataFrame, strategy: Strategy, cash: float) -> None:
        self.data = data
        self.strategy = strategy
        self.broker = Broker(cash)
        strategy.broker, strategy.data = self.broker, data

    def run(self) -> Dict[str, object]:
        self.strategy.on_start()
        values = []
        for i, row in enumerate(self.data.itertuples()):
            self.strategy.on_bar(i, row)
            values.append(self.broker.value(row.close))
        extra = self.strategy.on_stop()
        eq = pd.Series(values, index=self.data.index)
        r = eq.pct_change().dropna()
        return {
            "final_value": round(float(eq.iloc[-1]), 2),
            "return": round(float(eq.iloc[-1] / eq.iloc[0] - 1), 4),
            "sharpe": round(float(r.mean() / r.std() * math.sqrt(252)), 3) if r.std() > 0 else 0.0,
            "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
            "fills": len(self.broker.fills),
            "commission": round(sum(f.commission for f in self.broker.fills), 2),
            **extra,
        }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bars", type=int, default=2000)
    ap.add_argument("--cash", type=float, default=25_000)
    ap.add_argument("--sma", type=int, default=50)
    ap.add_argument("--rsi-buy", type=float, default=40)
    ap.add_argument("--rsi-sell", type=float, default=70)
    ap.add_argument("--seed", type=int, default=19)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    close = 40 * np.exp(np.cumsum(rng.normal(0.0003, 0.015, args.bars)))
    data = pd.DataFrame({"close": close}, index=pd.bdate_range("2015-01-01", periods=args.bars))
    strat = SmaRsi(sma=args.sma, rsi_buy=args.rsi_buy, rsi_sell=args.rsi_sell)
    result = Engine(data, strat, args.cash).run()
    print(f"engine finished: {result['fills']} fills")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
