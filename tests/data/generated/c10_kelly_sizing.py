# generated: demonstrate Kelly criterion position sizing on a simple momentum signal, compare full/half Kelly, print JSON
import argparse
import json
import math
import random
from statistics import mean, pstdev


def simulate_prices(n, seed, mu=0.0004, sigma=0.012):
    random.seed(seed)
    prices = [100.0]
    momentum = 0.0
    for _ in range(n - 1):
        momentum = 0.1 * momentum + random.gauss(0, sigma)
        prices.append(prices[-1] * math.exp(mu + momentum))
    return prices


def daily_returns(prices):
    return [b / a - 1 for a, b in zip(prices, prices[1:])]


def momentum_signal(rets, lookback):
    for i in range(len(rets)):
        if i < lookback:
            yield 0
        else:
            yield 1 if sum(rets[i - lookback:i]) > 0 else -1


def kelly_fraction(strategy_rets):
    mu = mean(strategy_rets)
    var = pstdev(strategy_rets) ** 2
    return mu / var if var > 0 else 0.0


def run_with_leverage(strategy_rets, lev, cap=5.0):
    lev = max(-cap, min(cap, lev))
    wealth = 1.0
    peak = 1.0
    mdd = 0.0
    for r in strategy_rets:
        wealth *= max(1 + lev * r, 0.0)
        peak = max(peak, wealth)
        mdd = min(mdd, wealth / peak - 1)
        if wealth == 0:
            break
    return wealth, mdd, lev


def main():
    ap = argparse.ArgumentParser(description="Kelly sizing demo")
    ap.add_argument("--lookback", type=int, default=5)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--train-frac", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=123)
    args = ap.parse_args()

    prices = simulate_prices(args.n, args.seed)
    rets = daily_returns(prices)
    sig = list(momentum_signal(rets, args.lookback))
    strat = [s * r for s, r in zip(sig, rets[1:] + [0.0])][:-1]

    split = int(len(strat) * args.train_frac)
    train, test = strat[:split], strat[split:]
    f_star = kelly_fraction(train)
    print(f"estimated Kelly fraction on training set: {f_star:.2f}")

    results = {}
    for label, mult in [("unlevered", None), ("quarter_kelly", 0.25), ("half_kelly", 0.5), ("full_kelly", 1.0)]:
        lev = 1.0 if mult is None else f_star * mult
        w, dd, used = run_with_leverage(test, lev)
        g = math.log(w) / len(test) * 252 if w > 0 else float("-inf")
        results[label] = {"leverage": round(used, 3), "final_wealth": round(w, 4),
                          "max_dd": round(dd, 4), "ann_log_growth": round(g, 4)}
        print(f"{label:>14}: lev={used:5.2f} wealth={w:8.3f} mdd={dd:7.2%}")

    print(json.dumps({"kelly_fraction": round(f_star, 4), "test_days": len(test), "results": results}))


if __name__ == "__main__":
    main()
