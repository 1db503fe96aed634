from __future__ import annotations

import json
from dataclasses import dataclass, field, asdict
from typing import List


@dataclass
class Position:
    symbol: str
    qty: int
    price: float

    @property
    def value(self) -> float:
        return self.qty * self.price


@dataclass
class Portfolio:
    positions: List[Position] = field(default_factory=list)

    def __post_init__(self):
        self.positions.sort(key=lambda p: p.symbol)

    def total(self) -> float:
        return sum(p.value for p in self.positions)


pf = Portfolio([Position("MSFT", 10, 410.5), Position("AAPL", 5, 190.25)])
print(json.dumps({"total": pf.total(), "first": asdict(pf.positions[0])}))
