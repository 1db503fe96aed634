# generated: a toy limit order book with heapq matching and a market-making strategy that quotes around mid, print json pnl
import argparse
import heapq
import itertools
import json
import random
from dataclasses import dataclass, field
from typing import List, Optional


@dataclass(order=True)
class BookOrder:
    sort_key: float
    seq: int
    price: float = field(compare=False)
    qty: int = field(compare=False)
    side: str = field(compare=False)
    owner: str = field(compare=False, default="noise")

    def __repr__(self) -> str:
        return f"BookOrder({self.side} {self.qty}@{self.price:.2f} by {self.owner})"


class OrderBook:
    def __init__(self) -> None:
        self.bids: List[BookOrder] = []
        self.asks: List[BookOrder] = []
        self.counter = itertools.count()
        self.fills: List[tuple] = []

    def best_bid(self) -> Optional[float]:
        return self.bids[0].price if self.bids else None

    def best_ask(self) -> Optional[float]:
        return self.asks[0].price if self.asks else None

    def mid(self) -> Optional[float]:
        if self.bids and self.asks:
            return (self.bids[0].price + self.asks[0].price) / 2
        return None

    def add(self, side: str, price: float, qty: int, owner: str = "noise") -> None:
        seq = next(self.counter)
        if side == "buy":
            while qty and self.asks and self.asks[0].price <= price:
                qty = self._match(self.asks, qty, owner, "buy")
            if qty:
                heapq.heappush(self.bids, BookOrder(-price, seq, price, qty, side, owner))
        else:
            while qty and self.bids and self.bids[0].price >= price:
                qty = self._match(self.bids, qty, owner, "sell")
            if qty:
                heapq.heappush(self.asks, BookOrder(price, seq, price, qty, side, owner))

    def _match(self, book: List[BookOrder], qty: int, taker: str, taker_side: str) -> int:
        resting = book[0]
        traded = min(qty, resting.qty)
        self.fills.append((resting.owner, resting.side, resting.price, traded))
        self.fills.append((taker, taker_side, resting.price, traded))
        resting.qty -= traded
        if resting.qty == 0:
            heapq.heappop(book)
        return qty - traded

    def cancel_owner(self, owner: str) -> None:
        self.bids = [o for o in self.bids if o.owner != owner]
        self.asks = [o for o in self.asks if o.owner != owner]
        heapq.heapify(self.bids)
        heapq.heapify(self.asks)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=5000)
    ap.add_argument("--half-spread", type=float, default=0.05)
    ap.add_argument("--size", type=int, default=10)
    ap.add_argument("--max-inventory", type=int, default=200)
    ap.add_argument("--seed", type=int, default=77)
    args = ap.parse_args()
    random.seed(args.seed)

    book = OrderBook()
    fair = 100.0
    for _ in range(20):
        book.add("buy", round(fair - random.uniform(0.01, 0.5), 2), random.randint(1, 20))
        book.add("sell", round(fair + random.uniform(0.01, 0.5), 2), random.randint(1, 20))

    inventory, cash = 0, 0.0
    seen = 0
    for step in range(args.steps):
        fair += random.gauss(0, 0.02)
        book.cancel_owner("mm")
        skew = -inventory / args.max_inventory * args.half_spread
        if inventory < args.max_inventory:
            book.add("buy", round(fair - args.half_spread + skew, 2), args.size, "mm")
        if inventory > -args.max_inventory:
            book.add("sell", round(fair + args.half_spread + skew, 2), args.size, "mm")
        side = random.choice(["buy", "sell"])
        aggressive = random.random() < 0.3
        offset = random.uniform(-0.1, 0.3) if aggressive else random.uniform(0.02, 0.4)
        px = fair + offset if side == "buy" else fair - offset
        book.add(side, round(px, 2), random.randint(1, 15))
        for owner, s, price, q in book.fills[seen:]:
            if owner == "mm":
                inventory += q if s == "buy" else -q
                cash += -price * q if s == "buy" else price * q
        seen = len(book.fills)
        if step % 1000 == 0:
            print(f"step {step} fair={fair:.2f} inv={inventory} cash={cash:.2f}")

    mark = book.mid() or fair
    mm_fills = sum(1 for f in book.fills if f[0] == "mm")
    print(json.dumps({
        "pnl": round(cash + inventory * mark, 2),
        "inventory": inventory,
        "mm_fills": mm_fills,
        "total_fills": len(book.fills) // 2,
        "final_mid": round(mark, 3),
        "book_depth": {"bids": len(book.bids), "asks": len(book.asks)},
    }))


if __name__ == "__main__":
    main()
