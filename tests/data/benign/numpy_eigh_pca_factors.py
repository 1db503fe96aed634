# Source: NumPy documentation, numpy.linalg.eigh
#         (https://numpy.org/doc/stable/reference/generated/numpy.linalg.eigh.html);
#         PCA of a correlation matrix as in the common "PCA for stat-arb" tutorials.
# Adapted: eigen-decomposition of synthetic sector returns; explained variance and the
#          residual (idiosyncratic) return of each name after removing the top factors.
import json

import numpy as np

rng = np.random.default_rng(31)
n_days, n_names, k = 500, 12, 2
factors = rng.normal(0, 0.01, (n_days, k))
loadings = rng.normal(1.0, 0.3, (k, n_names))
rets = factors @ loadings + rng.normal(0, 0.006, (n_days, n_names))

z = (rets - rets.mean(axis=0)) / rets.std(axis=0)
corr = np.corrcoef(z, rowvar=False)
eigvals, eigvecs = np.linalg.eigh(corr)
order = np.argsort(eigvals)[::-1]
eigvals, eigvecs = eigvals[order], eigvecs[:, order]
explained = eigvals / eigvals.sum()
pcs = z @ eigvecs[:, :k]
beta, *_ = np.linalg.lstsq(pcs, z, rcond=None)
residual = z - pcs @ beta
s_score = residual[-20:].sum(axis=0) / residual.std(axis=0)

print(json.dumps({
    "explained_top2": round(float(explained[:2].sum()), 4),
    "top_eigenvalue": round(float(eigvals[0]), 4),
    "most_stretched": int(np.argmax(np.abs(s_score))),
}))
