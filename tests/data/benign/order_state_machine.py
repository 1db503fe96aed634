# Source: FIX protocol OrdStatus values (New, PartiallyFilled, Filled, Canceled, Rejected;
#         https://www.onixs.biz/fix-dictionary/4.4/tagNum_39.html) modelled with enum.Enum
#         and typing as in the Python enum HOWTO (https://docs.python.org/3/howto/enum.html).
# Adapted: an execution simulator that drives child orders through the state machine.
import json
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Dict, List, Optional

import numpy as np


class OrdStatus(Enum):
    NEW = auto()
    PARTIALLY_FILLED = auto()
    FILLED = auto()
    CANCELED = auto()
    REJECTED = auto()


ALLOWED: Dict[OrdStatus, List[OrdStatus]] = {
    OrdStatus.NEW: [OrdStatus.PARTIALLY_FILLED, OrdStatus.FILLED, OrdStatus.CANCELED, OrdStatus.REJECTED],
    OrdStatus.PARTIALLY_FILLED: [OrdStatus.PARTIALLY_FILLED, OrdStatus.FILLED, OrdStatus.CANCELED],
    OrdStatus.FILLED: [],
    OrdStatus.CANCELED: [],
    OrdStatus.REJECTED: [],
}


@dataclass
class ChildOrder:
    qty: int
    limit: float
    filled: int = 0
    status: OrdStatus = OrdStatus.NEW
    history: List[OrdStatus] = field(default_factory=list)

    def transition(self, new: OrdStatus) -> None:
        if new not in ALLOWED[self.status]:
            raise ValueError(f"{self.status.name} -> {new.name} not allowed")
        self.history.append(self.status)
        self.status = new

    def on_fill(self, qty: int) -> Optional[int]:
        take = min(qty, self.qty - self.filled)
        self.filled += take
        self.transition(OrdStatus.FILLED if self.filled == self.qty else OrdStatus.PARTIALLY_FILLED)
        return take


if __name__ == "__main__":
    rng = np.random.default_rng(39)
    orders = [ChildOrder(int(rng.integers(100, 1000)), 100 + float(rng.normal(0, 0.1))) for _ in range(200)]
    for o in orders:
        if rng.random() < 0.05:
            o.transition(OrdStatus.REJECTED)
            continue
        while o.status in (OrdStatus.NEW, OrdStatus.PARTIALLY_FILLED):
            if rng.random() < 0.1:
                o.transition(OrdStatus.CANCELED)
                break
            o.on_fill(int(rng.integers(50, 400)))
    counts = {s.name: sum(o.status is s for o in orders) for s in OrdStatus}
    print(json.dumps({"status_counts": counts, "filled_qty": int(sum(o.filled for o in orders))}))
