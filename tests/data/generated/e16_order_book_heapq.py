# generated: simulate a limit order book with heapq and a market-making strategy, print PnL stats as json
import argparse
import heapq
import itertools
import json
from dataclasses import dataclass, field

import numpy as np


_seq = itertools.count()


@dataclass(order=True)
class BookOrder:
    sort_key: tuple = field(init=False, repr=False)
    price: float
    qty: int
    side: str
    owner: str = "mkt"
    seq: int = field(default_factory=lambda: next(_seq))

    def __post_init__(self):
        key_price = -self.price if self.side == "bid" else self.price
        self.sort_key = (key_price, self.seq)

    def __repr__(self):
        return f"<{self.side} {self.qty}@{self.price:.2f} {self.owner}>"


class OrderBook:
    def __init__(self):
        self._bids = []
        self._asks = []

    def add(self, order: BookOrder):
        heapq.heappush(self._bids if order.side == "bid" else self._asks, order)

    @property
    def best_bid(self):
        return self._bids[0].price if self._bids else None

    @property
    def best_ask(self):
        return self._asks[0].price if self._asks else None

    def market_order(self, side: str, qty: int):
        """Consume liquidity; returns list of (price, qty, owner) fills."""
        book = self._asks if side == "buy" else self._bids
        fills = []
        while qty > 0 and book:
            top = book[0]
            take = min(qty, top.qty)
            fills.append((top.price, take, top.owner))
            top.qty -= take
            qty -= take
            if top.qty == 0:
                heapq.heappop(book)
        return fills

    def cancel_owner(self, owner: str):
        self._bids = [o for o in self._bids if o.owner != owner]
        self._asks = [o for o in self._asks if o.owner != owner]
        heapq.heapify(self._bids)
        heapq.heapify(self._asks)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--half-spread", type=float, default=0.05, dest="half_spread")
    ap.add_argument("--skew", type=float, default=0.002)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)

    mid = 100.0
    inventory, cash = 0, 0.0
    pnl_path = []
    fills_count = 0
    for step in range(args.steps):
        mid += rng.normal(0, 0.03)
        book = OrderBook()
        for k in range(1, 6):
            book.add(BookOrder(round(mid - 0.02 - 0.05 * k, 2), int(rng.integers(5, 50)), "bid"))
            book.add(BookOrder(round(mid + 0.02 + 0.05 * k, 2), int(rng.integers(5, 50)), "ask"))
        shift = -args.skew * inventory
        book.add(BookOrder(round(mid - args.half_spread + shift, 2), 10, "bid", owner="me"))
        book.add(BookOrder(round(mid + args.half_spread + shift, 2), 10, "ask", owner="me"))
        if rng.random() < 0.6:
            side = "buy" if rng.random() < 0.5 else "sell"
            for price, qty, owner in book.market_order(side, int(rng.integers(1, 30))):
                if owner == "me":
                    fills_count += 1
                    if side == "buy":
                        inventory -= qty
                        cash += price * qty
                    else:
                        inventory += qty
                        cash -= price * qty
        book.cancel_owner("me")
        pnl_path.append(cash + inventory * mid)
        if step == 0:
            print("sample book top:", book.best_bid, book.best_ask)
    pnl = np.array(pnl_path)
    print(json.dumps({
        "final_pnl": round(float(pnl[-1]), 2),
        "max_drawdown": round(float((pnl - np.maximum.accumulate(pnl)).min()), 2),
        "fills": fills_count,
        "final_inventory": inventory,
        "pnl_per_step_std": round(float(np.diff(pnl).std()), 4),
    }))


if __name__ == "__main__":
    main()
