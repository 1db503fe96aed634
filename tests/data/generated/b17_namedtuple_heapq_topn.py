# generated: weekly rotation strategy picking top N assets by risk-adjusted momentum using heapq.nlargest and namedtuples, output JSON
import argparse
import heapq
import json
import math
import random
from collections import defaultdict, namedtuple

Score = namedtuple("Score", ["ticker", "momentum", "vol", "ratio"])
Trade = namedtuple("Trade", "week ticker weight")


def gen_prices(tickers, days, seed):
    rnd = random.Random(seed)
    prices = {}
    for tk in tickers:
        drift = rnd.gauss(0.0003, 0.0004)
        vol = rnd.uniform(0.008, 0.025)
        p = [100.0]
        for _ in range(days - 1):
            p.append(p[-1] * math.exp(rnd.gauss(drift, vol)))
        prices[tk] = p
    return prices


def score_asset(tk, series, end, lookback):
    window = series[end - lookback:end + 1]
    rets = [math.log(b / a) for a, b in zip(window, window[1:])]
    mean = sum(rets) / len(rets)
    var = sum((r - mean) ** 2 for r in rets) / (len(rets) - 1)
    vol = math.sqrt(var)
    mom = window[-1] / window[0] - 1
    return Score(tk, mom, vol, mom / vol if vol else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assets", type=int, default=15)
    ap.add_argument("--days", type=int, default=1500)
    ap.add_argument("--lookback", type=int, default=63)
    ap.add_argument("--top", type=int, default=3)
    ap.add_argument("--seed", type=int, default=2)
    args = ap.parse_args()

    tickers = [f"ETF{i}" for i in range(args.assets)]
    prices = gen_prices(tickers, args.days, args.seed)
    equity = 1.0
    curve = [equity]
    holdings = defaultdict(int)
    trades = []
    for week, t in enumerate(range(args.lookback, args.days - 5, 5)):
        scores = (score_asset(tk, prices[tk], t, args.lookback) for tk in tickers)
        best = heapq.nlargest(args.top, scores, key=lambda s: s.ratio)
        picks = [s for s in best if s.momentum > 0]
        if not picks:
            curve.append(equity)
            continue
        w = 1 / len(picks)
        period_ret = sum(w * (prices[s.ticker][t + 5] / prices[s.ticker][t] - 1) for s in picks)
        equity *= 1 + period_ret
        curve.append(equity)
        for s in picks:
            holdings[s.ticker] += 1
            trades.append(Trade(week, s.ticker, w))

    weekly = [b / a - 1 for a, b in zip(curve, curve[1:])]
    mu = sum(weekly) / len(weekly)
    sd = math.sqrt(sum((x - mu) ** 2 for x in weekly) / (len(weekly) - 1))
    peak, mdd = curve[0], 0.0
    for v in curve:
        peak = max(peak, v)
        mdd = min(mdd, v / peak - 1)
    most_held = heapq.nlargest(3, holdings.items(), key=lambda kv: kv[1])
    print("most held: " + ", ".join("{}({})".format(k, v) for k, v in most_held))
    print(json.dumps({
        "weeks": len(weekly),
        "final_equity": round(equity, 4),
        "sharpe": round(mu / sd * math.sqrt(52), 3),
        "max_drawdown": round(mdd, 4),
        "positions_taken": len(trades),
        "most_held": dict(most_held),
    }))


if __name__ == "__main__":
    main()
