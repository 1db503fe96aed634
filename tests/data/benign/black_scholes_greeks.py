# Source: Black-Scholes formula and Greeks as given in J. Hull, "Options, Futures, and
#         Other Derivatives", ch. 15/19; N(.) from the Python standard library
#         statistics.NormalDist (https://docs.python.org/3/library/statistics.html#normaldist-objects).
# Adapted: a small dataclass pricer with implied volatility by bisection.
import json
import math
from dataclasses import dataclass
from statistics import NormalDist

N = NormalDist()


@dataclass(frozen=True)
class EuropeanOption:
    spot: float
    strike: float
    rate: float
    vol: float
    expiry: float
    call: bool = True

    def _d1_d2(self):
        d1 = (math.log(self.spot / self.strike) + (self.rate + 0.5 * self.vol ** 2) * self.expiry) / (self.vol * math.sqrt(self.expiry))
        return d1, d1 - self.vol * math.sqrt(self.expiry)

    def price(self) -> float:
        d1, d2 = self._d1_d2()
        df = math.exp(-self.rate * self.expiry)
        if self.call:
            return self.spot * N.cdf(d1) - self.strike * df * N.cdf(d2)
        return self.strike * df * N.cdf(-d2) - self.spot * N.cdf(-d1)

    def greeks(self) -> dict:
        d1, d2 = self._d1_d2()
        delta = N.cdf(d1) if self.call else N.cdf(d1) - 1
        gamma = N.pdf(d1) / (self.spot * self.vol * math.sqrt(self.expiry))
        vega = self.spot * N.pdf(d1) * math.sqrt(self.expiry) / 100
        return {"delta": delta, "gamma": gamma, "vega": vega}


def implied_vol(target: float, opt: EuropeanOption, lo=1e-4, hi=5.0) -> float:
    for _ in range(100):
        mid = 0.5 * (lo + hi)
        trial = EuropeanOption(opt.spot, opt.strike, opt.rate, mid, opt.expiry, opt.call)
        lo, hi = (mid, hi) if trial.price() < target else (lo, mid)
    return 0.5 * (lo + hi)


if __name__ == "__main__":
    opt = EuropeanOption(100, 105, 0.03, 0.22, 0.5)
    put = EuropeanOption(100, 105, 0.03, 0.22, 0.5, call=False)
    parity = opt.price() - put.price() - (100 - 105 * math.exp(-0.03 * 0.5))
    print(json.dumps({"call": round(opt.price(), 4), "put": round(put.price(), 4),
                      "parity_error": round(parity, 10),
                      "greeks": {k: round(v, 5) for k, v in opt.greeks().items()},
                      "implied_vol": round(implied_vol(opt.price(), opt), 5)}))
