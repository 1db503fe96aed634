# Source: Python documentation, decimal module "Quick-start tutorial"
#         (https://docs.python.org/3/library/decimal.html#quick-start-tutorial): a context
#         with fixed precision and quantize(Decimal('0.01'), rounding=ROUND_HALF_EVEN) for money.
# Adapted: an average-cost position ledger with realised/unrealised P&L in exact decimals.
import json
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal, getcontext

getcontext().prec = 28
CENT = Decimal("0.01")


@dataclass
class Position:
    symbol: str
    quantity: int = 0
    avg_cost: Decimal = Decimal("0")
    realised: Decimal = Decimal("0")
    fills: list = field(default_factory=list)

    def __repr__(self):
        return f"Position({self.symbol}, qty={self.quantity}, avg={self.avg_cost.quantize(CENT)})"

    def fill(self, qty: int, price: str, fee: str = "0.35"):
        px, fee_d = Decimal(price), Decimal(fee)
        self.fills.append((qty, px))
        if self.quantity == 0 or (self.quantity > 0) == (qty > 0):
            total = self.avg_cost * abs(self.quantity) + px * abs(qty)
            self.quantity += qty
            self.avg_cost = total / abs(self.quantity)
        else:
            closed = min(abs(qty), abs(self.quantity))
            sign = 1 if self.quantity > 0 else -1
            self.realised += sign * closed * (px - self.avg_cost)
            self.quantity += qty
            if self.quantity == 0:
                self.avg_cost = Decimal("0")
        self.realised -= fee_d

    def unrealised(self, mark: str) -> Decimal:
        return (Decimal(mark) - self.avg_cost) * self.quantity


if __name__ == "__main__":
    pos = Position("XYZ")
    for qty, price in [(100, "10.10"), (50, "10.40"), (-120, "10.95"), (-60, "10.20"), (30, "9.85")]:
        pos.fill(qty, price)
    print(json.dumps({"position": repr(pos),
                      "realised": str(pos.realised.quantize(CENT, rounding=ROUND_HALF_EVEN)),
                      "unrealised": str(pos.unrealised("10.00").quantize(CENT, rounding=ROUND_HALF_EVEN)),
                      "fills": len(pos.fills)}))
