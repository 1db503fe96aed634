# generated: lead-lag strategy: find which of several synthetic assets leads another using statistics.correlation at different lags, then trade the follower; JSON out
import argparse
import itertools
import json
import random
import statistics


def simulate(n, seed, lag=2, strength=0.4):
    rnd = random.Random(seed)
    leader = [rnd.gauss(0, 0.01) for _ in range(n)]
    others = {f"N{i}": [rnd.gauss(0, 0.01) for _ in range(n)] for i in range(3)}
    follower = [(strength * leader[t - lag] if t >= lag else 0.0) + rnd.gauss(0, 0.01) for t in range(n)]
    series = {"LEAD": leader, "FOLLOW": follower, **others}
    return series


def lagged_corr(x, y, lag):
    if lag == 0:
        return statistics.correlation(x, y)
    return statistics.correlation(x[:-lag], y[lag:])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--max-lag", type=int, default=5)
    ap.add_argument("--train", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=12)
    a = ap.parse_args()

    data = simulate(a.n, a.seed)
    train = {k: v[: a.train] for k, v in data.items()}
    test = {k: v[a.train:] for k, v in data.items()}

    table = []
    for (x, y), lag in itertools.product(itertools.permutations(data, 2), range(1, a.max_lag + 1)):
        table.append((abs(lagged_corr(train[x], train[y], lag)), x, y, lag))
    table.sort(reverse=True)
    best_abs, leader, follower, lag = table[0]
    sign = 1 if lagged_corr(train[leader], train[follower], lag) > 0 else -1
    slope, intercept = statistics.linear_regression(train[leader][:-lag], train[follower][lag:])
    print(f"best pair: {leader} -> {follower} at lag {lag} (|rho|={best_abs:.3f}, slope={slope:.3f})")
    for row in table[1:4]:
        print("  runner-up: {1} -> {2} lag {3}: {0:.3f}".format(*row))

    x, y = test[leader], test[follower]
    pnl = [sign * (1 if x[t - lag] > 0 else -1) * y[t] for t in range(lag, len(y))]
    mu, sd = statistics.fmean(pnl), statistics.stdev(pnl)
    wealth = 1.0
    for p in pnl:
        wealth *= 1 + p
    print(json.dumps({
        "leader": leader,
        "follower": follower,
        "lag": lag,
        "train_corr": round(best_abs * sign, 4),
        "test_corr": round(lagged_corr(x, y, lag), 4),
        "regression_slope": round(slope, 4),
        "test_sharpe": round(mu / sd * 252 ** 0.5, 3),
        "test_hit_rate": round(sum(p > 0 for p in pnl) / len(pnl), 4),
        "final_wealth": round(wealth, 4),
    }))


if __name__ == "__main__":
    main()
