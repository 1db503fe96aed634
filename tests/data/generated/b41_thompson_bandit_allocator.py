# generated: allocate capital among several sub-strategies using a Thompson sampling multi-armed bandit, synthetic strategy returns, print JSON
import argparse
import json
import math
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import List


@dataclass
class Arm:
    name: str
    true_mean: float
    true_vol: float
    wins: int = 1
    losses: int = 1
    history: List[float] = field(default_factory=list)

    def sample_posterior(self, rnd: random.Random) -> float:
        return rnd.betavariate(self.wins, self.losses)

    def pull(self, rnd: random.Random) -> float:
        r = rnd.gauss(self.true_mean, self.true_vol)
        self.history.append(r)
        if r > 0:
            self.wins += 1
        else:
            self.losses += 1
        return r

    @property
    def win_rate(self) -> float:
        return self.wins / (self.wins + self.losses)


def run(arms: List[Arm], steps: int, rnd: random.Random, decay: float):
    equity = 1.0
    curve = []
    picks = Counter()
    for t in range(steps):
        if decay < 1.0:
            for a in arms:  # forget slowly so the bandit can adapt to regime changes
                a.wins = max(1, a.wins * decay)
                a.losses = max(1, a.losses * decay)
        chosen = max(arms, key=lambda a: a.sample_posterior(rnd))
        picks[chosen.name] += 1
        r = chosen.pull(rnd)
        equity *= 1 + r
        curve.append(equity)
        if t == steps // 2:
            # regime change: best and worst arms swap
            arms[0].true_mean, arms[-1].true_mean = arms[-1].true_mean, arms[0].true_mean
    return curve, picks


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--decay", type=float, default=0.995)
    ap.add_argument("--seed", type=int, default=4242)
    args = ap.parse_args()

    rnd = random.Random(args.seed)
    arms = [
        Arm("trend", 0.0008, 0.01),
        Arm("carry", 0.0003, 0.006),
        Arm("value", 0.0001, 0.008),
        Arm("reversal", -0.0004, 0.012),
    ]
    curve, picks = run(arms, args.steps, rnd, args.decay)
    rets = [b / a - 1 for a, b in zip([1.0] + curve[:-1], curve)]
    mu = sum(rets) / len(rets)
    sd = math.sqrt(sum((x - mu) ** 2 for x in rets) / (len(rets) - 1))
    peak, mdd = 0.0, 0.0
    for v in curve:
        peak = max(peak, v)
        mdd = min(mdd, v / peak - 1)
    for a in arms:
        print(f"{a.name:<9} pulls={picks[a.name]:5d} win_rate={a.win_rate:.3f}")
    print(json.dumps({
        "final_equity": round(curve[-1], 4),
        "sharpe": round(mu / sd * math.sqrt(252), 3),
        "max_drawdown": round(mdd, 4),
        "picks": dict(picks.most_common()),
        "decay": args.decay,
    }))


if __name__ == "__main__":
    main()
