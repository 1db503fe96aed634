# Source: github.com/ywang408/Avellaneda-Stoikov-MarketMaking README.md ("uses the same
#         settings as in the paper of Avellaneda and Stoikov", Quantitative Finance 8(3),
#         2008): s=100, T=1, sigma=2, dt=0.005, gamma=0.1, k=1.5, A=140.
# Adapted: fewer simulations (200 instead of 10000) so it runs in a second; no plots.
import json
import math

import numpy as np


class AvellanedaStoikov:
    def __init__(self, gamma=0.1, k=1.5, A=140.0, sigma=2.0, T=1.0, dt=0.005):
        self.gamma, self.k, self.A = gamma, k, A
        self.sigma, self.T, self.dt = sigma, T, dt

    def reservation_price(self, s, q, t):
        return s - q * self.gamma * self.sigma ** 2 * (self.T - t)

    def spread(self, t):
        return self.gamma * self.sigma ** 2 * (self.T - t) + (2 / self.gamma) * math.log(1 + self.gamma / self.k)

    def simulate(self, rng):
        s, q, cash, t = 100.0, 0, 0.0, 0.0
        steps = int(self.T / self.dt)
        for _ in range(steps):
            r = self.reservation_price(s, q, t)
            half = self.spread(t) / 2
            bid, ask = r - half, r + half
            lam_b = self.A * math.exp(-self.k * (s - bid))
            lam_a = self.A * math.exp(-self.k * (ask - s))
            if rng.random() < lam_b * self.dt:
                q += 1
                cash -= bid
            if rng.random() < lam_a * self.dt:
                q -= 1
                cash += ask
            s += self.sigma * math.sqrt(self.dt) * (1 if rng.random() < 0.5 else -1)
            t += self.dt
        return cash + q * s, q


if __name__ == "__main__":
    rng = np.random.default_rng(2008)
    model = AvellanedaStoikov()
    results = np.array([model.simulate(rng) for _ in range(200)])
    pnl, inventory = results[:, 0], results[:, 1]
    print(json.dumps({"mean_pnl": round(float(pnl.mean()), 3), "std_pnl": round(float(pnl.std()), 3),
                      "mean_abs_inventory": round(float(np.abs(inventory).mean()), 3)}))
