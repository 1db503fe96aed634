import json
import re
from enum import Enum


class Side(Enum):
    BUY = "buy"
    SELL = "sell"


def parse(order: str):
    match order.split():
        case [("buy" | "sell") as side, qty] if (n := int(qty)) > 0:
            return Side(side), n
        case _:
            return None, 0


orders = ["buy 10", "sell 3", "hold 1", "buy 0"]
parsed = [p for o in orders if (p := parse(o))[0] is not None]
ticker_ok = bool(re.fullmatch(r"[A-Z]{1,5}", "MSFT"))
print(json.dumps({"orders": [(s.value, n) for s, n in parsed], "ticker_ok": ticker_ok}))
