# generated: backtest a weekly rotation between two ETFs; use a context manager for a transaction block that rolls back on error, and print json stats
import argparse
import contextlib
import copy
import json
from dataclasses import dataclass, field
from typing import Dict

import numpy as np
import pandas as pd


class InsufficientFunds(Exception):
    pass


@dataclass
class Account:
    cash: float
    shares: Dict[str, float] = field(default_factory=dict)
    log: list = field(default_factory=list)

    def buy(self, sym: str, qty: float, price: float) -> None:
        cost = qty * price
        if cost > self.cash + 1e-9:
            raise InsufficientFunds(f"need {cost:.2f}, have {self.cash:.2f}")
        self.cash -= cost
        self.shares[sym] = self.shares.get(sym, 0.0) + qty
        self.log.append(("BUY", sym, qty, price))

    def sell(self, sym: str, qty: float, price: float) -> None:
        held = self.shares.get(sym, 0.0)
        qty = min(qty, held)
        self.cash += qty * price
        self.shares[sym] = held - qty
        self.log.append(("SELL", sym, qty, price))

    def value(self, prices: Dict[str, float]) -> float:
        return self.cash + sum(q * prices[s] for s, q in self.shares.items())


@contextlib.contextmanager
def transaction(account: Account):
    snapshot = copy.deepcopy(account.__dict__)
    try:
        yield account
    except InsufficientFunds as exc:
        account.__dict__.update(snapshot)
        print(f"rolled back: {exc}")


class Timer:
    def __enter__(self):
        import time
        self._t = time.perf_counter
        self.start = self._t()
        return self

    def __exit__(self, *exc):
        self.elapsed = self._t() - self.start
        return False


def make_prices(n, seed):
    rng = np.random.default_rng(seed)
    idx = pd.bdate_range("2019-01-01", periods=n)
    a = 100 * np.exp(np.cumsum(rng.normal(0.0004, 0.012, n)))
    b = 100 * np.exp(np.cumsum(rng.normal(0.0002, 0.006, n)))
    return pd.DataFrame({"SPY": a, "TLT": b}, index=idx)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lookback", type=int, default=63)
    ap.add_argument("--days", type=int, default=1260)
    ap.add_argument("--cash", type=float, default=10_000)
    ap.add_argument("--seed", type=int, default=44)
    args = ap.parse_args()

    px = make_prices(args.days, args.seed)
    weekly = px.resample("W-FRI").last()
    mom = weekly.pct_change(args.lookback // 5)
    acct = Account(cash=args.cash)
    values = []
    holding = None
    with Timer() as t:
        for ts, row in weekly.iterrows():
            prices = row.to_dict()
            if not mom.loc[ts].isna().any():
                pick = mom.loc[ts].idxmax()
                if pick != holding:
                    with transaction(acct):
                        if holding:
                            acct.sell(holding, acct.shares[holding], prices[holding])
                        acct.buy(pick, acct.cash / prices[pick] * 0.999, prices[pick])
                        holding = pick
            values.append(acct.value(prices))
    eq = pd.Series(values, index=weekly.index)
    r = eq.pct_change().dropna()
    print(f"{len(acct.log)} ledger entries in {t.elapsed * 1000:.1f} ms; holding {holding}")
    print(json.dumps({
        "final_value": round(eq.iloc[-1], 2),
        "total_return": round(eq.iloc[-1] / args.cash - 1, 4),
        "weekly_sharpe_ann": round(float(r.mean() / r.std() * np.sqrt(52)), 3) if r.std() > 0 else 0.0,
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "switches": sum(1 for e in acct.log if e[0] == "BUY"),
        "holding": holding,
    }))


if __name__ == "__main__":
    main()
