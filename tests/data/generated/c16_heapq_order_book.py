# generated: simulate a limit order book with heapq and a market-making strategy that quotes around mid; print PnL stats as JSON
from __future__ import annotations

import argparse
import heapq
import itertools
import json
import random
from dataclasses import dataclass, field


_seq = itertools.count()


@dataclass(order=True)
class BookOrder:
    sort_key: tuple = field(init=False, repr=False)
    price: float
    qty: int
    side: str
    owner: str = "mkt"
    oid: int = field(default_factory=lambda: next(_seq))

    def __post_init__(self):
        # bids: highest price first -> negate; asks: lowest first
        p = -self.price if self.side == "bid" else self.price
        self.sort_key = (p, self.oid)


class OrderBook:
    def __init__(self):
        self._bids: list[BookOrder] = []
        self._asks: list[BookOrder] = []

    def __len__(self):
        return len(self._bids) + len(self._asks)

    def add(self, order: BookOrder) -> None:
        heapq.heappush(self._bids if order.side == "bid" else self._asks, order)

    @property
    def best_bid(self):
        return self._bids[0].price if self._bids else None

    @property
    def best_ask(self):
        return self._asks[0].price if self._asks else None

    @property
    def mid(self):
        if self._bids and self._asks:
            return (self.best_bid + self.best_ask) / 2
        return None

    def cancel_owner(self, owner: str) -> None:
        self._bids = [o for o in self._bids if o.owner != owner]
        self._asks = [o for o in self._asks if o.owner != owner]
        heapq.heapify(self._bids)
        heapq.heapify(self._asks)

    def market(self, side: str, qty: int):
        """Aggressive order; yields (resting_order, filled_qty)."""
        book = self._asks if side == "buy" else self._bids
        while qty > 0 and book:
            top = book[0]
            take = min(qty, top.qty)
            yield top, take
            top.qty -= take
            qty -= take
            if top.qty == 0:
                heapq.heappop(book)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=5000)
    ap.add_argument("--half-spread", type=float, default=0.03)
    ap.add_argument("--skew", type=float, default=0.002, help="price skew per unit of inventory")
    ap.add_argument("--size", type=int, default=5)
    ap.add_argument("--seed", type=int, default=2)
    a = ap.parse_args()

    random.seed(a.seed)
    fair = 100.0
    book = OrderBook()
    inventory, cash = 0, 0.0
    fills = 0
    pnl_path = []
    for step in range(a.steps):
        fair += random.gauss(0, 0.02)
        # background liquidity
        for _ in range(3):
            book.add(BookOrder(round(fair - random.uniform(0.02, 0.2), 2), random.randint(1, 10), "bid"))
            book.add(BookOrder(round(fair + random.uniform(0.02, 0.2), 2), random.randint(1, 10), "ask"))
        # our quotes
        book.cancel_owner("mm")
        center = fair - a.skew * inventory
        book.add(BookOrder(round(center - a.half_spread, 2), a.size, "bid", owner="mm"))
        book.add(BookOrder(round(center + a.half_spread, 2), a.size, "ask", owner="mm"))
        # incoming market order
        side = random.choice(("buy", "sell"))
        for resting, q in book.market(side, random.randint(1, 12)):
            if resting.owner == "mm":
                fills += 1
                if resting.side == "bid":
                    inventory += q
                    cash -= q * resting.price
                else:
                    inventory -= q
                    cash += q * resting.price
        if step % 50 == 0:
            # stale background orders expire
            book._bids = [o for o in book._bids if abs(o.price - fair) < 0.5]
            book._asks = [o for o in book._asks if abs(o.price - fair) < 0.5]
            heapq.heapify(book._bids)
            heapq.heapify(book._asks)
        pnl_path.append(cash + inventory * fair)
        if step % 1000 == 0:
            print(f"step {step:5d} fair={fair:7.2f} inv={inventory:+4d} pnl={pnl_path[-1]:9.2f} book={len(book)}")

    peak, mdd = float("-inf"), 0.0
    for v in pnl_path:
        peak = max(peak, v)
        mdd = min(mdd, v - peak)
    print(json.dumps({
        "final_pnl": round(pnl_path[-1], 2),
        "fills": fills,
        "final_inventory": inventory,
        "max_drawdown_abs": round(mdd, 2),
        "best_bid": book.best_bid,
        "best_ask": book.best_ask,
    }))


if __name__ == "__main__":
    main()
