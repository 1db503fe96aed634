# generated: fixed fractional position sizing with exact Fraction arithmetic and statistics module; daily bars; json output
import argparse
import json
import random
import statistics
from fractions import Fraction
from typing import List


def simulate_prices(n: int, seed: int) -> List[float]:
    rnd = random.Random(seed)
    prices = [100.0]
    for _ in range(n - 1):
        prices.append(prices[-1] * (1 + rnd.gauss(0.0003, 0.012)))
    return prices


def sma(values: List[float], n: int) -> List[float]:
    out, s = [], 0.0
    for i, v in enumerate(values):
        s += v
        if i >= n:
            s -= values[i - n]
        out.append(s / n if i >= n - 1 else float("nan"))
    return out


class FractionalSizer:
    def __init__(self, risk: Fraction, stop: Fraction):
        self.risk = risk
        self.stop = stop

    def shares(self, equity: float, price: float) -> int:
        risk_cash = Fraction(equity) * self.risk
        per_share = Fraction(price) * self.stop
        return int(risk_cash / per_share)

    def __repr__(self):
        return f"FractionalSizer(risk={self.risk}, stop={self.stop})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--risk", type=Fraction, default=Fraction(1, 100))
    ap.add_argument("--stop", type=Fraction, default=Fraction(1, 20))
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--window", type=int, default=50)
    ap.add_argument("--seed", type=int, default=3)
    a = ap.parse_args()

    prices = simulate_prices(a.n, a.seed)
    ma = sma(prices, a.window)
    sizer = FractionalSizer(a.risk, a.stop)
    equity = 100_000.0
    shares, entry, stop_px = 0, 0.0, 0.0
    trade_returns, curve = [], []
    for i in range(a.window, a.n):
        px = prices[i]
        if shares:
            if px <= stop_px or px < ma[i]:
                equity += shares * (px - entry)
                trade_returns.append(px / entry - 1)
                shares = 0
        elif px > ma[i] and prices[i - 1] <= ma[i - 1]:
            shares = sizer.shares(equity, px)
            entry = px
            stop_px = px * float(1 - a.stop)
        curve.append(equity + shares * (px - entry))
    daily = [curve[i] / curve[i - 1] - 1 for i in range(1, len(curve))]
    print(f"{sizer!r}: {len(trade_returns)} trades")
    print(json.dumps({
        "final_equity": round(curve[-1], 2),
        "trades": len(trade_returns),
        "median_trade": round(statistics.median(trade_returns), 5) if trade_returns else None,
        "trade_stdev": round(statistics.stdev(trade_returns), 5) if len(trade_returns) > 1 else None,
        "daily_sharpe": round(statistics.mean(daily) / statistics.pstdev(daily) * 252 ** 0.5, 3),
        "risk_fraction": str(a.risk),
        "max_equity": round(max(curve), 2),
    }))


if __name__ == "__main__":
    main()
