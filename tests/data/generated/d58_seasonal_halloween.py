# generated: test the "sell in May and go away" Halloween effect on 50 years of synthetic monthly returns with a bootstrap p-value; simple functions, f-strings, json output
import argparse
import json
import math
import random
import statistics


def synthetic_monthly(years: int, seed: int, effect: float):
    rnd = random.Random(seed)
    out = []
    for y in range(years):
        for m in range(1, 13):
            winter = m in (11, 12, 1, 2, 3, 4)
            mu = 0.006 + (effect if winter else -effect)
            out.append((1970 + y, m, rnd.gauss(mu, 0.045)))
    return out


def split(rows):
    winter = [r for _, m, r in rows if m in (11, 12, 1, 2, 3, 4)]
    summer = [r for _, m, r in rows if m not in (11, 12, 1, 2, 3, 4)]
    return winter, summer


def strategy_equity(rows, cash_rate: float):
    eq = 1.0
    path = []
    for _, m, r in rows:
        eq *= 1 + (r if m in (11, 12, 1, 2, 3, 4) else cash_rate / 12)
        path.append(eq)
    return path


def max_dd(path):
    peak, worst = path[0], 0.0
    for v in path:
        peak = max(peak, v)
        worst = min(worst, v / peak - 1)
    return worst


def bootstrap_p(winter, summer, n_boot: int, seed: int) -> float:
    observed = statistics.fmean(winter) - statistics.fmean(summer)
    pooled = winter + summer
    rnd = random.Random(seed)
    count = 0
    for _ in range(n_boot):
        rnd.shuffle(pooled)
        w, s = pooled[: len(winter)], pooled[len(winter):]
        if statistics.fmean(w) - statistics.fmean(s) >= observed:
            count += 1
    return (count + 1) / (n_boot + 1)


def main():
    ap = argparse.ArgumentParser(description="Halloween effect test")
    ap.add_argument("--years", type=int, default=50)
    ap.add_argument("--effect", type=float, default=0.002, help="planted monthly effect")
    ap.add_argument("--cash", type=float, default=0.03)
    ap.add_argument("--boot", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1031)
    a = ap.parse_args()

    rows = synthetic_monthly(a.years, a.seed, a.effect)
    winter, summer = split(rows)
    strat = strategy_equity(rows, a.cash)
    bh = []
    eq = 1.0
    for _, _, r in rows:
        eq *= 1 + r
        bh.append(eq)
    p = bootstrap_p(winter, summer, a.boot, a.seed)
    diff = statistics.fmean(winter) - statistics.fmean(summer)
    print(f"winter mean {statistics.fmean(winter):.3%}, summer mean {statistics.fmean(summer):.3%}, diff {diff:.3%}, p={p:.4f}")
    yrs = len(rows) / 12
    print(json.dumps({
        "months": len(rows),
        "winter_mean": round(statistics.fmean(winter), 5),
        "summer_mean": round(statistics.fmean(summer), 5),
        "p_value": round(p, 4),
        "strategy_cagr": round(strat[-1] ** (1 / yrs) - 1, 4),
        "buy_hold_cagr": round(bh[-1] ** (1 / yrs) - 1, 4),
        "strategy_max_dd": round(max_dd(strat), 4),
        "buy_hold_max_dd": round(max_dd(bh), 4),
        "summer_stdev": round(statistics.stdev(summer), 5),
        "log_growth_ratio": round(math.log(strat[-1] / bh[-1]), 4),
    }))


if __name__ == "__main__":
    main()
