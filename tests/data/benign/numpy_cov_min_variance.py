# Source: NumPy documentation for numpy.cov / numpy.linalg.inv / numpy.linalg.solve
#         (https://numpy.org/doc/stable/reference/generated/numpy.cov.html); the closed
#         form w = S^-1 1 / (1' S^-1 1) is the textbook global-minimum-variance portfolio.
# Adapted: synthetic returns for five assets; long-only clipping as a simple constraint.
import json

import numpy as np

rng = np.random.default_rng(77)
vols = np.array([0.10, 0.15, 0.20, 0.25, 0.08]) / np.sqrt(252)
corr = np.full((5, 5), 0.3) + np.eye(5) * 0.7
cov_true = np.outer(vols, vols) * corr
rets = rng.multivariate_normal(np.full(5, 0.0003), cov_true, size=750)

S = np.cov(rets, rowvar=False)
ones = np.ones(S.shape[0])
w = np.linalg.solve(S, ones)
w /= w.sum()
w_long = np.clip(w, 0, None)
w_long /= w_long.sum()
port_vol = float(np.sqrt(w @ S @ w) * np.sqrt(252))
eq_vol = float(np.sqrt(ones @ S @ ones) / len(ones) * np.sqrt(252))

print(json.dumps({
    "weights": [round(float(x), 4) for x in w],
    "long_only": [round(float(x), 4) for x in w_long],
    "gmv_vol": round(port_vol, 4),
    "equal_weight_vol": round(eq_vol, 4),
    "condition_number": round(float(np.linalg.cond(S)), 2),
}))
