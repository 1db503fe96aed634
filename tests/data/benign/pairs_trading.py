import json
from collections import deque

import numpy as np

rng = np.random.default_rng(11)
a = np.cumsum(rng.normal(0, 1, 400)) + 100
b = a * 0.8 + rng.normal(0, 0.5, 400) + 20
beta = np.polyfit(b, a, 1)[0]
spread = a - beta * b
window = deque(maxlen=30)
signals = []
for s in spread:
    window.append(s)
    if len(window) == window.maxlen:
        m, sd = np.mean(window), np.std(window)
        signals.append(int(np.sign(m - s)) if abs(s - m) > 1.5 * sd else 0)
print(json.dumps({"beta": round(float(beta), 4), "entries": sum(1 for s in signals if s)}))
