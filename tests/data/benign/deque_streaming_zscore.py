# Source: Python documentation, collections.deque recipes
#         (https://docs.python.org/3/library/collections.html#deque-recipes): the
#         moving_average() generator using deque(maxlen) and a running sum.
# Adapted: a streaming z-score signal over synthetic ticks with a small class wrapper.
import itertools
import json
import math
from collections import deque

import numpy as np


def moving_average(iterable, n=3):
    # moving_average([40, 30, 50, 46, 39, 44]) --> 40.0 42.0 45.0 43.0
    it = iter(iterable)
    d = deque(itertools.islice(it, n - 1))
    d.appendleft(0)
    s = sum(d)
    for elem in it:
        s += elem - d.popleft()
        d.append(elem)
        yield s / n


class StreamingZ:
    def __init__(self, window: int):
        self._buf = deque(maxlen=window)
        self._sum = 0.0
        self._sumsq = 0.0

    def __repr__(self):
        return f"StreamingZ(n={len(self._buf)})"

    def push(self, x: float):
        if len(self._buf) == self._buf.maxlen:
            old = self._buf[0]
            self._sum -= old
            self._sumsq -= old * old
        self._buf.append(x)
        self._sum += x
        self._sumsq += x * x
        n = len(self._buf)
        mean = self._sum / n
        var = max(self._sumsq / n - mean * mean, 1e-12)
        return (x - mean) / math.sqrt(var)


if __name__ == "__main__":
    rng = np.random.default_rng(6)
    ticks = [float(x) for x in 100 + np.cumsum(rng.normal(0, 0.05, 2000))]
    z = StreamingZ(100)
    signals = [z.push(px) for px in ticks]
    ma = list(moving_average(ticks, 50))
    print(json.dumps({"last_z": round(signals[-1], 4), "extremes": int(sum(abs(s) > 2 for s in signals[100:])),
                      "last_ma50": round(ma[-1], 4), "z": repr(z)}))
