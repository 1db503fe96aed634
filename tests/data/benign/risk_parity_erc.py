# Source: S. Maillard, T. Roncalli, J. Teiletche, "The Properties of Equally Weighted Risk
#         Contribution Portfolios", Journal of Portfolio Management 36(4), 2010; the
#         fixed-point iteration w_i proportional to 1 / (Sigma w)_i follows Roncalli's
#         "Introduction to Risk Parity and Budgeting" (2013), ch. 2.
# Adapted: numpy only, synthetic covariance of four asset classes.
import json

import numpy as np


class RiskParity:
    def __init__(self, cov: np.ndarray, tol: float = 1e-10, max_iter: int = 10_000):
        self._cov = cov
        self._tol = tol
        self._max_iter = max_iter
        self.iterations = 0

    def __repr__(self):
        return f"RiskParity(n={self._cov.shape[0]}, iterations={self.iterations})"

    def risk_contributions(self, w: np.ndarray) -> np.ndarray:
        marginal = self._cov @ w
        return w * marginal / np.sqrt(w @ marginal)

    def solve(self) -> np.ndarray:
        n = self._cov.shape[0]
        w = np.full(n, 1.0 / n)
        for self.iterations in range(1, self._max_iter + 1):
            new = 1.0 / (self._cov @ w)
            new /= new.sum()
            w_next = 0.5 * w + 0.5 * new
            if np.max(np.abs(w_next - w)) < self._tol:
                return w_next
            w = w_next
        return w


if __name__ == "__main__":
    rng = np.random.default_rng(2010)
    vols = np.array([0.16, 0.05, 0.20, 0.10])
    corr = np.array([[1, -0.2, 0.5, 0.3], [-0.2, 1, -0.1, 0.1], [0.5, -0.1, 1, 0.4], [0.3, 0.1, 0.4, 1]])
    sample = rng.multivariate_normal(np.zeros(4), np.outer(vols, vols) * corr / 252, 1000)
    cov = np.cov(sample, rowvar=False) * 252
    rp = RiskParity(cov)
    w = rp.solve()
    rc = rp.risk_contributions(w)
    print(json.dumps({"weights": [round(float(x), 4) for x in w],
                      "rc_share": [round(float(x), 4) for x in rc / rc.sum()], "solver": repr(rp)}))
