import bisect
import heapq
import json
import random

random.seed(42)
bids, asks = [], []
for _ in range(200):
    price = round(random.uniform(99, 101), 2)
    if random.random() < 0.5:
        heapq.heappush(bids, -price)
    else:
        heapq.heappush(asks, price)
best_bid, best_ask = -bids[0], asks[0]
levels = sorted(set(asks))
idx = bisect.bisect_left(levels, 100.0)
print(json.dumps({"spread": round(best_ask - best_bid, 4), "levels_below_100": idx}))
