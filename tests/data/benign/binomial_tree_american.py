# Source: Cox, Ross and Rubinstein (1979), "Option pricing: A simplified approach";
#         algorithm as in https://en.wikipedia.org/wiki/Binomial_options_pricing_model
#         (the "Method" pseudo-code, early exercise at each node).
# Adapted: numpy backward induction with functools.lru_cache for repeated pricing.
import json
import math
from functools import lru_cache

import numpy as np


@lru_cache(maxsize=None)
def american_put(S: float, K: float, r: float, sigma: float, T: float, steps: int = 500) -> float:
    dt = T / steps
    u = math.exp(sigma * math.sqrt(dt))
    d = 1 / u
    p = (math.exp(r * dt) - d) / (u - d)
    disc = math.exp(-r * dt)
    j = np.arange(steps + 1)
    prices = S * u ** (steps - j) * d ** j
    values = np.maximum(K - prices, 0.0)
    for i in range(steps - 1, -1, -1):
        prices = prices[:-1] * d
        values = disc * (p * values[:-1] + (1 - p) * values[1:])
        values = np.maximum(values, K - prices)
    return float(values[0])


if __name__ == "__main__":
    strikes = [90, 95, 100, 105, 110]
    prices = {k: round(american_put(100.0, float(k), 0.05, 0.25, 1.0), 4) for k in strikes}
    again = american_put(100.0, 100.0, 0.05, 0.25, 1.0)
    print(json.dumps({"american_put": {str(k): v for k, v in prices.items()},
                      "cache_hits": american_put.cache_info().hits, "atm": round(again, 4)}))
