# Source: Python documentation, statistics module (fmean, stdev, quantiles, correlation,
#         linear_regression; https://docs.python.org/3/library/statistics.html).
# Adapted: pure-stdlib risk report (beta by linear_regression, historical VaR from
#          quantiles) on returns drawn with the random module seeded for reproducibility.
import json
import random
import statistics

random.seed(2718)
market = [random.gauss(0.0004, 0.01) for _ in range(750)]
stock = [0.0001 + 1.2 * m + random.gauss(0, 0.008) for m in market]

slope, intercept = statistics.linear_regression(market, stock)
q = statistics.quantiles(stock, n=100)
report = {
    "mean": round(statistics.fmean(stock), 6),
    "stdev": round(statistics.stdev(stock), 6),
    "beta": round(slope, 4),
    "alpha_annual": round(intercept * 252, 4),
    "correlation": round(statistics.correlation(market, stock), 4),
    "var_99": round(-q[0], 6),
    "median": round(statistics.median(stock), 6),
}
print(json.dumps(report))
