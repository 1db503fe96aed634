"""Buy and hold over deterministic synthetic prices."""
import json

import numpy as np

rng = np.random.default_rng(3)
close = 100.0 * np.exp(np.cumsum(rng.normal(0.0004, 0.012, 1000)))
print(json.dumps({"strategy": "buy_and_hold", "bars": len(close),
                  "total_return": round(float(close[-1] / close[0] - 1.0), 6)}))
