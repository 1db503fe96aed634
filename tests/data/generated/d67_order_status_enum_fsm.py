# generated: model order lifecycle as a finite state machine with an OrderStatus enum (allowed transitions as a method, is_terminal property) and simulate a TWAP-ish buying strategy with random partial fills and cancels; print JSON fill stats
import argparse
import json
import random
from dataclasses import dataclass, field
from enum import Enum
from typing import List


class OrderStatus(Enum):
    NEW = "new"
    ACKED = "acked"
    PARTIAL = "partially_filled"
    FILLED = "filled"
    CANCELLED = "cancelled"
    REJECTED = "rejected"

    @property
    def is_terminal(self) -> bool:
        return self in (OrderStatus.FILLED, OrderStatus.CANCELLED, OrderStatus.REJECTED)

    def can_move_to(self, other: "OrderStatus") -> bool:
        allowed = {
            OrderStatus.NEW: {OrderStatus.ACKED, OrderStatus.REJECTED},
            OrderStatus.ACKED: {OrderStatus.PARTIAL, OrderStatus.FILLED, OrderStatus.CANCELLED},
            OrderStatus.PARTIAL: {OrderStatus.PARTIAL, OrderStatus.FILLED, OrderStatus.CANCELLED},
        }
        return other in allowed.get(self, set())


class IllegalTransition(Exception):
    pass


@dataclass
class ChildOrder:
    qty: int
    limit: float
    status: OrderStatus = OrderStatus.NEW
    filled: int = 0
    history: List[str] = field(default_factory=list)

    def move(self, new: OrderStatus) -> None:
        if not self.status.can_move_to(new):
            raise IllegalTransition(f"{self.status.value} -> {new.value}")
        self.history.append(f"{self.status.value}->{new.value}")
        self.status = new

    def fill(self, q: int) -> None:
        q = min(q, self.qty - self.filled)
        self.filled += q
        self.move(OrderStatus.FILLED if self.filled == self.qty else OrderStatus.PARTIAL)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parent", type=int, default=50_000)
    ap.add_argument("--slices", type=int, default=40)
    ap.add_argument("--reject-prob", type=float, default=0.03)
    ap.add_argument("--seed", type=int, default=6)
    a = ap.parse_args()

    rnd = random.Random(a.seed)
    price = 25.0
    slice_qty = a.parent // a.slices
    remaining = a.parent
    children: List[ChildOrder] = []
    illegal_attempts = 0
    cost = 0.0
    for i in range(a.slices):
        price *= 1 + rnd.gauss(0, 0.001)
        qty = min(slice_qty + (a.parent - slice_qty * a.slices if i == a.slices - 1 else 0), remaining)
        if qty <= 0:
            break
        o = ChildOrder(qty, round(price + 0.01, 2))
        children.append(o)
        if rnd.random() < a.reject_prob:
            o.move(OrderStatus.REJECTED)
            continue
        o.move(OrderStatus.ACKED)
        for _ in range(3):
            if o.status.is_terminal:
                break
            o.fill(rnd.randint(qty // 4, qty))
        if not o.status.is_terminal:
            o.move(OrderStatus.CANCELLED)
        try:
            o.move(OrderStatus.ACKED)  # a buggy venue message arriving late must be ignored
        except IllegalTransition:
            illegal_attempts += 1
        cost += o.filled * o.limit
        remaining -= o.filled

    filled = a.parent - remaining
    by_status = {}
    for c in children:
        by_status[c.status.value] = by_status.get(c.status.value, 0) + 1
    print(f"children: {len(children)}; example history: {children[0].history}")
    print(json.dumps({
        "parent_qty": a.parent,
        "filled_qty": filled,
        "fill_ratio": round(filled / a.parent, 4),
        "avg_price": round(cost / filled, 4) if filled else None,
        "final_statuses": by_status,
        "ignored_late_messages": illegal_attempts,
    }))


if __name__ == "__main__":
    main()
