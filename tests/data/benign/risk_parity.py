import json

import numpy as np
import pandas as pd

rng = np.random.default_rng(5)
returns = pd.DataFrame(rng.normal(0.0003, [0.01, 0.02, 0.005], (750, 3)),
                       columns=["equities", "commodities", "bonds"])
vol = returns.rolling(60).std().iloc[-1]
weights = (1 / vol) / (1 / vol).sum()
port = returns.mul(weights, axis=1).sum(axis=1)
print(json.dumps({"weights": {k: round(v, 4) for k, v in weights.items()},
                  "ann_vol": round(float(port.std() * np.sqrt(252)), 4)}))
