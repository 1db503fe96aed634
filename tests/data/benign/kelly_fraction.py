# Source: J. L. Kelly Jr., "A New Interpretation of Information Rate" (1956) and E. Thorp,
#         "The Kelly Criterion in Blackjack, Sports Betting, and the Stock Market" (2006):
#         f* = p - q/b for a binary bet, f* = mu / sigma^2 for a continuous asset.
# Adapted: exact fractions for the discrete case, numpy simulation of growth rates.
import json
from fractions import Fraction

import numpy as np


def kelly_binary(p: Fraction, b: Fraction) -> Fraction:
    return p - (1 - p) / b


def simulate(f: float, p: float, b: float, n: int, rng) -> float:
    wins = rng.random(n) < p
    growth = np.where(wins, 1 + f * b, 1 - f)
    return float(np.log(growth).mean())


if __name__ == "__main__":
    rng = np.random.default_rng(1956)
    p, b = Fraction(55, 100), Fraction(1)
    f_star = kelly_binary(p, b)
    rates = {str(mult): round(simulate(float(f_star) * mult, float(p), float(b), 50_000, rng), 6)
             for mult in (0.5, 1.0, 2.0)}
    mu, sigma = 0.08, 0.2
    print(json.dumps({"kelly_binary": str(f_star), "growth_by_multiple": rates,
                      "kelly_continuous": round(mu / sigma ** 2, 4)}))
