# Source: Python documentation, bisect module examples
#         (https://docs.python.org/3/library/bisect.html#examples): the grade() lookup with
#         breakpoints, and "Searching Sorted Lists" (find_le / find_ge).
# Adapted: a tick-size table lookup and a sorted price ladder of resting orders.
import json
from bisect import bisect, bisect_left, bisect_right, insort

import numpy as np

BREAKPOINTS = [1.0, 10.0, 100.0, 1000.0]
TICKS = [0.0001, 0.001, 0.01, 0.05, 0.1]


def tick_size(price: float) -> float:
    return TICKS[bisect(BREAKPOINTS, price)]


def find_le(a, x):
    'Find rightmost value less than or equal to x'
    i = bisect_right(a, x)
    if i:
        return a[i - 1]
    raise ValueError


def find_ge(a, x):
    'Find leftmost item greater than or equal to x'
    i = bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError


if __name__ == "__main__":
    rng = np.random.default_rng(44)
    ladder = []
    for px in rng.normal(100, 1.5, 200):
        t = tick_size(px)
        insort(ladder, round(round(px / t) * t, 4))
    mid = 100.0
    print(json.dumps({"ticks": {str(p): tick_size(p) for p in (0.5, 5, 50, 500, 5000)},
                      "best_bid_le_mid": find_le(ladder, mid), "best_ask_ge_mid": find_ge(ladder, mid),
                      "levels": len(set(ladder))}))
