# generated: simulate a trader with a known small edge on binary-outcome trades and compare fixed-fraction, Kelly and martingale sizing over many random paths using random.Random and statistics; print JSON
import argparse
import json
import random
import statistics
from fractions import Fraction
from typing import Callable, Dict, List

Sizer = Callable[[float, int], float]


def fixed_fraction(frac: float) -> Sizer:
    return lambda bankroll, losses: bankroll * frac


def kelly(p: float, b: float, scale: float = 1.0) -> Sizer:
    f = max(0.0, p - (1 - p) / b) * scale
    return lambda bankroll, losses: bankroll * f


def martingale(base: float) -> Sizer:
    return lambda bankroll, losses: min(bankroll, base * 2 ** losses)


def play(sizer: Sizer, p: float, b: float, n_bets: int, rng: random.Random, start: float = 1000.0) -> float:
    bankroll, losses = start, 0
    for _ in range(n_bets):
        if bankroll < 1e-6:
            return 0.0
        stake = sizer(bankroll, losses)
        if rng.random() < p:
            bankroll += stake * b
            losses = 0
        else:
            bankroll -= stake
            losses += 1
    return bankroll


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--p", type=float, default=0.53, help="win probability")
    ap.add_argument("--odds", type=str, default="1/1", help="net odds b as a fraction, e.g. 1/1 or 6/5")
    ap.add_argument("--bets", type=int, default=500)
    ap.add_argument("--paths", type=int, default=400)
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args()

    b = float(Fraction(args.odds))
    sizers: Dict[str, Sizer] = {
        "fixed_2pct": fixed_fraction(0.02),
        "full_kelly": kelly(args.p, b),
        "half_kelly": kelly(args.p, b, 0.5),
        "double_kelly": kelly(args.p, b, 2.0),
        "martingale_10": martingale(10.0),
    }
    results = {}
    for name, sizer in sizers.items():
        rng = random.Random(args.seed)      # same paths for every sizer
        finals: List[float] = [play(sizer, args.p, b, args.bets, rng) for _ in range(args.paths)]
        q = statistics.quantiles(finals, n=10)
        results[name] = {
            "median": round(statistics.median(finals), 2),
            "mean": round(statistics.fmean(finals), 2),
            "p10": round(q[0], 2),
            "p90": round(q[-1], 2),
            "ruin_pct": round(sum(f < 10 for f in finals) / len(finals), 3),
        }
        print(f"{name:<14} median {results[name]['median']:>10,.2f}  ruin {results[name]['ruin_pct']:.1%}")
    kelly_f = max(0.0, args.p - (1 - args.p) / b)
    print(json.dumps({
        "p": args.p,
        "odds": args.odds,
        "kelly_fraction": round(kelly_f, 4),
        "results": results,
        "best_median": max(results, key=lambda k: results[k]["median"]),
    }))


if __name__ == "__main__":
    main()
