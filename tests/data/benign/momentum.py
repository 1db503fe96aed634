"""12-1 momentum on synthetic prices. Words that must not trip the check:
eval, exec, open, import os, __import__, getattr, subprocess."""
import json

import numpy as np
import pandas as pd

rng = np.random.default_rng(1)
prices = pd.DataFrame(100 * np.exp(np.cumsum(rng.normal(0, 0.01, (500, 5)), axis=0)),
                      columns=[f"asset_{i}" for i in range(5)])
momentum = prices.pct_change(252).shift(21)
evaluation = momentum.iloc[-1].rank(ascending=False)
top = evaluation[evaluation <= 2].index.tolist()
print(json.dumps({"long": top, "n_assets": prices.shape[1]}))
