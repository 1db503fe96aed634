# generated: simulate a limit order book with heapq for bids/asks and a simple market-making strategy that quotes around mid; dataclass orders with ordering; print PnL JSON
import argparse
import heapq
import itertools
import json
import random
from dataclasses import dataclass, field
from typing import List, Optional


@dataclass(order=True)
class BookOrder:
    sort_key: tuple = field(init=False, repr=False)
    price: float
    qty: int
    side: str
    oid: int
    owner: str = "noise"

    def __post_init__(self):
        # bids: highest first, asks: lowest first; ties broken by arrival
        p = -self.price if self.side == "bid" else self.price
        self.sort_key = (p, self.oid)


class OrderBook:
    def __init__(self):
        self._bids: List[BookOrder] = []
        self._asks: List[BookOrder] = []
        self._ids = itertools.count()
        self.trades = []

    def best_bid(self) -> Optional[BookOrder]:
        self._clean(self._bids)
        return self._bids[0] if self._bids else None

    def best_ask(self) -> Optional[BookOrder]:
        self._clean(self._asks)
        return self._asks[0] if self._asks else None

    @staticmethod
    def _clean(book):
        while book and book[0].qty <= 0:
            heapq.heappop(book)

    def mid(self) -> Optional[float]:
        b, a = self.best_bid(), self.best_ask()
        return (b.price + a.price) / 2 if b and a else None

    def add(self, side: str, price: float, qty: int, owner: str = "noise") -> BookOrder:
        o = BookOrder(round(price, 2), qty, side, next(self._ids), owner)
        opposite = self._asks if side == "bid" else self._bids
        while o.qty > 0:
            self._clean(opposite)
            if not opposite:
                break
            top = opposite[0]
            crosses = top.price <= o.price if side == "bid" else top.price >= o.price
            if not crosses:
                break
            q = min(o.qty, top.qty)
            o.qty -= q
            top.qty -= q
            self.trades.append((top.price, q, o.owner, top.owner, side))
        if o.qty > 0:
            heapq.heappush(self._bids if side == "bid" else self._asks, o)
        return o

    def cancel_owner(self, owner: str):
        for book in (self._bids, self._asks):
            for o in book:
                if o.owner == owner:
                    o.qty = 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=4000)
    ap.add_argument("--half-spread", type=float, default=0.03)
    ap.add_argument("--size", type=int, default=10)
    ap.add_argument("--max-inventory", type=int, default=100)
    ap.add_argument("--seed", type=int, default=2)
    a = ap.parse_args()

    random.seed(a.seed)
    book = OrderBook()
    fair = 100.0
    for k in range(1, 6):
        book.add("bid", fair - 0.05 * k, 50)
        book.add("ask", fair + 0.05 * k, 50)

    inventory, cash = 0, 0.0
    seen = 0
    for step in range(a.steps):
        fair += random.gauss(0, 0.02)
        book.cancel_owner("mm")
        skew = -inventory / a.max_inventory * a.half_spread
        if inventory < a.max_inventory:
            book.add("bid", fair - a.half_spread + skew, a.size, "mm")
        if inventory > -a.max_inventory:
            book.add("ask", fair + a.half_spread + skew, a.size, "mm")
        side = random.choice(["bid", "ask"])
        aggressive = random.random() < 0.3
        px = fair + (random.uniform(0, 0.1) if side == "bid" else -random.uniform(0, 0.1)) * (1 if aggressive else -1)
        book.add(side, px, random.randint(1, 20))
        for price, q, taker, maker, tside in book.trades[seen:]:
            if maker == "mm":
                # maker's side is opposite to taker's side
                sign = -1 if tside == "bid" else 1
                inventory += sign * q
                cash -= sign * q * price
            elif taker == "mm":
                sign = 1 if tside == "bid" else -1
                inventory += sign * q
                cash -= sign * q * price
        seen = len(book.trades)
        if step % 1000 == 0:
            print(f"step {step:5d} fair={fair:7.3f} inv={inventory:+4d} cash={cash:12.2f}")

    mark = book.mid() or fair
    mm_trades = sum(1 for t in book.trades if "mm" in (t[2], t[3]))
    print(json.dumps({
        "steps": a.steps,
        "mm_trades": mm_trades,
        "total_trades": len(book.trades),
        "final_inventory": inventory,
        "cash": round(cash, 2),
        "mark_to_market_pnl": round(cash + inventory * mark, 2),
        "final_fair": round(fair, 3),
    }))


if __name__ == "__main__":
    main()
