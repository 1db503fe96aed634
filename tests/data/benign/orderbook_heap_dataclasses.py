# Source: github.com/zkhorozianbc/pyorderbook README.md (design: price levels in a heap
#         of dataclasses, orders in an insertion-ordered dict per level, price-time
#         priority, Decimal prices) and github.com/jyeung205/Fast-Orderbook readme.md.
# Adapted: a compact re-implementation of that design driven by synthetic order flow.
import heapq
import json
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from itertools import count


class Side(Enum):
    BUY = "buy"
    SELL = "sell"


@dataclass
class Order:
    id: int
    side: Side
    price: Decimal
    quantity: int


@dataclass(order=True)
class PriceLevel:
    key: Decimal
    price: Decimal = field(compare=False)
    orders: dict = field(default_factory=dict, compare=False)


class OrderBook:
    def __init__(self):
        self._levels = {Side.BUY: {}, Side.SELL: {}}
        self._heaps = {Side.BUY: [], Side.SELL: []}
        self._ids = count(1)
        self.fills = []

    def _best(self, side):
        heap = self._heaps[side]
        while heap and not heap[0].orders:
            stale = heapq.heappop(heap)
            self._levels[side].pop(stale.price, None)
        return heap[0] if heap else None

    def submit(self, side, price, quantity):
        order = Order(next(self._ids), side, Decimal(price), quantity)
        other = Side.SELL if side is Side.BUY else Side.BUY
        while order.quantity > 0:
            level = self._best(other)
            if level is None:
                break
            crosses = level.price <= order.price if side is Side.BUY else level.price >= order.price
            if not crosses:
                break
            for oid in list(level.orders):
                resting = level.orders[oid]
                traded = min(resting.quantity, order.quantity)
                resting.quantity -= traded
                order.quantity -= traded
                self.fills.append((level.price, traded))
                if resting.quantity == 0:
                    del level.orders[oid]
                if order.quantity == 0:
                    break
        if order.quantity > 0:
            levels = self._levels[side]
            if order.price not in levels:
                key = -order.price if side is Side.BUY else order.price
                levels[order.price] = PriceLevel(key, order.price)
                heapq.heappush(self._heaps[side], levels[order.price])
            levels[order.price].orders[order.id] = order
        return order

    def depth(self, side):
        return sum(o.quantity for lvl in self._levels[side].values() for o in lvl.orders.values())


if __name__ == "__main__":
    import numpy as np

    rng = np.random.default_rng(9)
    book = OrderBook()
    for _ in range(3000):
        side = Side.BUY if rng.random() < 0.5 else Side.SELL
        offset = int(rng.integers(-5, 6))
        price = f"{100 + offset * 0.01 + (-0.02 if side is Side.BUY else 0.02):.2f}"
        book.submit(side, price, int(rng.integers(1, 50)))
    volume = defaultdict(int)
    for price, qty in book.fills:
        volume[str(price)] += qty
    best_bid, best_ask = book._best(Side.BUY), book._best(Side.SELL)
    print(json.dumps({"fills": len(book.fills), "traded": sum(volume.values()),
                      "best_bid": str(best_bid.price) if best_bid else None,
                      "best_ask": str(best_ask.price) if best_ask else None,
                      "bid_depth": book.depth(Side.BUY), "ask_depth": book.depth(Side.SELL)}))
