# generated: a spread-capture strategy on synthetic bid/ask quotes, with a Quote value class (slots, __iter__, __bool__, __eq__, __hash__, __repr__, mid and spread properties) and merge_asof to align trades with quotes; JSON output
import argparse
import json

import numpy as np
import pandas as pd


class Quote:
    __slots__ = ("bid", "ask")

    def __init__(self, bid: float, ask: float):
        self.bid = bid
        self.ask = ask

    @property
    def mid(self) -> float:
        return (self.bid + self.ask) / 2

    @property
    def spread(self) -> float:
        return self.ask - self.bid

    def __iter__(self):
        yield self.bid
        yield self.ask

    def __bool__(self) -> bool:
        return self.ask > self.bid

    def __eq__(self, other) -> bool:
        return isinstance(other, Quote) and self.bid == other.bid and self.ask == other.ask

    def __hash__(self) -> int:
        return hash((self.bid, self.ask))

    def __repr__(self) -> str:
        return f"Quote({self.bid:.2f} / {self.ask:.2f})"


def make_quotes(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    t = pd.Timestamp("2024-03-01 09:30") + pd.to_timedelta(np.sort(rng.uniform(0, 6.5 * 3600, n)), unit="s")
    mid = 30 + np.cumsum(rng.normal(0, 0.004, n))
    half = np.round(np.abs(rng.normal(0.01, 0.004, n)), 2) + 0.005
    return pd.DataFrame({"ts": t, "bid": np.round(mid - half, 2), "ask": np.round(mid + half, 2)})


def make_trades(quotes: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed + 1)
    t0, t1 = quotes["ts"].iloc[0], quotes["ts"].iloc[-1]
    ts = t0 + (t1 - t0) * np.sort(rng.random(n))
    return pd.DataFrame({"ts": ts, "size": rng.integers(100, 2000, n), "aggr": rng.choice([-1, 1], n)})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quotes", type=int, default=20000)
    ap.add_argument("--trades", type=int, default=4000)
    ap.add_argument("--min-spread", type=float, default=0.02)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()

    q = make_quotes(a.quotes, a.seed)
    tr = make_trades(q, a.trades, a.seed)
    merged = pd.merge_asof(tr, q, on="ts", direction="backward").dropna()
    quotes = [Quote(b, k) for b, k in zip(merged["bid"], merged["ask"])]
    valid = [bool(x) for x in quotes]
    merged = merged[valid]
    quotes = [x for x in quotes if x]

    merged["mid"] = [x.mid for x in quotes]
    merged["spread"] = [x.spread for x in quotes]
    future_mid = pd.merge_asof(merged[["ts"]].assign(ts=merged["ts"] + pd.Timedelta(seconds=30)),
                               q.assign(mid=(q["bid"] + q["ask"]) / 2)[["ts", "mid"]], on="ts")["mid"].values
    merged["mid_30s"] = future_mid

    # we provide liquidity only when the spread is wide: sell to buyers at ask, buy from sellers at bid
    wide = merged["spread"] >= a.min_spread
    fills = merged[wide]
    edge = fills["spread"] / 2
    adverse = fills["aggr"] * (fills["mid_30s"] - fills["mid"])
    pnl = (edge - adverse) * fills["size"]

    distinct = len(set(quotes))
    print(f"aligned {len(merged)} trades to quotes; {distinct} distinct quotes; example {quotes[-1]!r}")
    bid, ask = quotes[0]
    print(json.dumps({
        "trades_seen": int(len(merged)),
        "trades_filled": int(len(fills)),
        "avg_spread_cents": round(float(merged["spread"].mean() * 100), 3),
        "gross_edge": round(float((edge * fills["size"]).sum()), 2),
        "adverse_selection": round(float((adverse * fills["size"]).sum()), 2),
        "net_pnl": round(float(pnl.sum()), 2),
        "first_quote": [bid, ask],
    }))


if __name__ == "__main__":
    main()
