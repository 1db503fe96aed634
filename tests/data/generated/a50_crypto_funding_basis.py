# generated: crypto cash-and-carry basis trade: long spot, short perpetual, collect funding every 8 hours; synthetic hourly data, close when funding flips negative; json
import argparse
import json
from dataclasses import dataclass, field
from typing import List

import numpy as np
import pandas as pd


@dataclass
class BasisBook:
    notional: float
    fee_rate: float
    open: bool = False
    funding_collected: float = 0.0
    fees_paid: float = 0.0
    basis_pnl: float = 0.0
    entry_basis: float = 0.0
    episodes: List[dict] = field(default_factory=list)

    def enter(self, ts, basis: float) -> None:
        self.open = True
        self.entry_basis = basis
        self.fees_paid += 2 * self.notional * self.fee_rate
        self.episodes.append({"start": str(ts), "entry_basis": round(basis, 5)})

    def exit(self, ts, basis: float) -> None:
        self.open = False
        pnl = (self.entry_basis - basis) * self.notional
        self.basis_pnl += pnl
        self.fees_paid += 2 * self.notional * self.fee_rate
        self.episodes[-1].update(end=str(ts), basis_pnl=round(pnl, 2))

    def collect(self, rate: float) -> None:
        if self.open:
            self.funding_collected += rate * self.notional

    @property
    def net(self) -> float:
        return self.funding_collected + self.basis_pnl - self.fees_paid


def simulate(hours: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    idx = pd.date_range("2022-01-01", periods=hours, freq="H")
    spot = 30_000 * np.exp(np.cumsum(rng.normal(0, 0.006, hours)))
    sentiment = pd.Series(rng.normal(0, 1, hours)).ewm(span=24 * 14).mean().values * 8
    funding = 0.0001 + 0.0003 * sentiment + rng.normal(0, 0.00005, hours)
    basis = 0.0005 + 0.002 * sentiment + rng.normal(0, 0.0003, hours)
    perp = spot * (1 + basis)
    return pd.DataFrame({"spot": spot, "perp": perp, "funding": funding, "basis": basis}, index=idx)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hours", type=int, default=24 * 365)
    ap.add_argument("--notional", type=float, default=1_000_000)
    ap.add_argument("--fee", type=float, default=0.0004)
    ap.add_argument("--enter-above", type=float, default=0.0002)
    ap.add_argument("--exit-below", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=2022)
    args = ap.parse_args()

    df = simulate(args.hours, args.seed)
    book = BasisBook(args.notional, args.fee)
    funding_hours = df.index.hour % 8 == 0
    trailing = df["funding"].rolling(24).mean()
    for (ts, row), is_funding, avg in zip(df.iterrows(), funding_hours, trailing):
        if is_funding:
            book.collect(row.funding)
        if np.isnan(avg):
            continue
        if not book.open and avg > args.enter_above:
            book.enter(ts, row.basis)
        elif book.open and avg < args.exit_below:
            book.exit(ts, row.basis)
    if book.open:
        book.exit(df.index[-1], df["basis"].iloc[-1])
    print(f"{len(book.episodes)} episodes; funding {book.funding_collected:,.0f} basis {book.basis_pnl:,.0f} fees {book.fees_paid:,.0f}")
    print(json.dumps({
        "net_pnl": round(book.net, 2),
        "return_on_notional": round(book.net / args.notional, 4),
        "funding_collected": round(book.funding_collected, 2),
        "basis_pnl": round(book.basis_pnl, 2),
        "fees": round(book.fees_paid, 2),
        "episodes": len(book.episodes),
        "first_episode": book.episodes[0] if book.episodes else None,
        "annualised_funding_rate": round(float(df["funding"].mean() * 3 * 365), 4),
    }))


if __name__ == "__main__":
    main()
