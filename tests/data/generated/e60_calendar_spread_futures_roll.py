# generated: futures roll yield / term structure strategy with a Contract class whose expiry dates are computed (third Friday), synthetic curve, JSON output
import argparse
import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import total_ordering
from typing import List

import numpy as np

MONTH_CODES = "FGHJKMNQUVXZ"


def third_friday(year: int, month: int) -> date:
    d = date(year, month, 15)
    while d.weekday() != 4:
        d += timedelta(days=1)
    return d


@total_ordering
@dataclass(frozen=True)
class Contract:
    root: str
    year: int
    month: int

    @property
    def expiry(self) -> date:
        return third_friday(self.year, self.month)

    @property
    def code(self) -> str:
        return f"{self.root}{MONTH_CODES[self.month - 1]}{self.year % 100:02d}"

    def __lt__(self, other: "Contract") -> bool:
        return self.expiry < other.expiry

    def __str__(self) -> str:
        return self.code

    def days_to_expiry(self, today: date) -> int:
        return (self.expiry - today).days

    def next(self, step: int = 3) -> "Contract":
        m = self.month + step
        return Contract(self.root, self.year + (m - 1) // 12, (m - 1) % 12 + 1)


def chain(root: str, start: date, n: int) -> List[Contract]:
    m = ((start.month - 1) // 3 + 1) * 3
    c = Contract(root, start.year, m)
    out = []
    while len(out) < n:
        out.append(c)
        c = c.next()
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default="CL")
    ap.add_argument("--days", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=16)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    start = date(2018, 1, 2)
    contracts = chain(a.root, start, 40)
    spot = 60 * np.exp(np.cumsum(rng.normal(0, 0.018, a.days)))
    slope = np.cumsum(rng.normal(0, 0.01, a.days)) * 0.05  # annualised curve slope wanders
    slope = np.clip(slope, -0.3, 0.3)
    day = start
    pnl, rolls, held = [], 0, None
    prev_price = None
    for t in range(a.days):
        while day.weekday() >= 5:
            day += timedelta(days=1)
        live = sorted(c for c in contracts if c.days_to_expiry(day) > 5)
        front, second = live[0], live[1]
        def price(c):
            return spot[t] * np.exp(slope[t] * c.days_to_expiry(day) / 365)
        direction = 1 if price(second) < price(front) else -1  # long backwardation, short contango
        if held is None or held[0] != front:
            if held is not None:
                rolls += 1
            held = (front, direction)
            prev_price = price(front)
        else:
            cur = price(front)
            pnl.append(held[1] * (cur / prev_price - 1))
            prev_price = cur
            held = (front, direction)
        day += timedelta(days=1)
    pnl = np.array(pnl)
    eq = np.cumprod(1 + pnl)
    print(f"first contract {contracts[0]} expires {contracts[0].expiry:%d %b %Y}; last held {held[0]}")
    print(json.dumps({
        "rolls": rolls,
        "total_return": round(float(eq[-1] - 1), 4),
        "sharpe": round(float(pnl.mean() / pnl.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / np.maximum.accumulate(eq) - 1).min()), 4),
        "pct_backwardation": round(float((slope < 0).mean()), 3),
        "contracts": [str(c) for c in contracts[:4]],
    }))


if __name__ == "__main__":
    main()
