# generated: momentum ranking across a universe of tickers with cached indicator computation (functools.lru_cache), monthly rebalance, JSON output
import argparse
import json
from collections import namedtuple, defaultdict
from functools import lru_cache
from operator import attrgetter

import numpy as np
import pandas as pd

Score = namedtuple("Score", ["ticker", "momentum", "vol", "risk_adj"])

N_DAYS = 1500
_TICKERS = tuple(f"T{i:02d}" for i in range(20))


@lru_cache(maxsize=None)
def price_series(ticker: str, seed: int) -> pd.Series:
    rng = np.random.default_rng([seed, int(ticker[1:])])
    mu = rng.normal(0.0003, 0.0003)
    vol = rng.uniform(0.008, 0.025)
    r = rng.normal(mu, vol, N_DAYS)
    return pd.Series(100 * np.exp(np.cumsum(r)), index=pd.bdate_range("2017-01-02", periods=N_DAYS))


@lru_cache(maxsize=4096)
def score(ticker: str, seed: int, as_of: pd.Timestamp, lookback: int, skip: int) -> Score:
    s = price_series(ticker, seed).loc[:as_of]
    if len(s) < lookback + skip + 1:
        return Score(ticker, float("nan"), float("nan"), float("nan"))
    mom = s.iloc[-1 - skip] / s.iloc[-1 - lookback] - 1
    vol = s.pct_change().iloc[-lookback:].std() * np.sqrt(252)
    return Score(ticker, mom, vol, mom / vol)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lookback", type=int, default=252)
    ap.add_argument("--skip", type=int, default=21)
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--rank-by", choices=["momentum", "risk_adj"], default="risk_adj")
    ap.add_argument("--seed", type=int, default=10)
    args = ap.parse_args()

    closes = pd.DataFrame({t: price_series(t, args.seed) for t in _TICKERS})
    rets = closes.pct_change().fillna(0)
    rebal_dates = closes.resample("M").last().index
    rebal_dates = [closes.index[closes.index.get_indexer([d], method="pad")[0]] for d in rebal_dates]

    holdings_count = defaultdict(int)
    weights = pd.DataFrame(0.0, index=closes.index, columns=_TICKERS)
    key = attrgetter(args.rank_by)
    for d in rebal_dates:
        scores = [score(t, args.seed, d, args.lookback, args.skip) for t in _TICKERS]
        scores = [s for s in scores if not np.isnan(s.momentum)]
        if not scores:
            continue
        picks = sorted(scores, key=key, reverse=True)[: args.top]
        for p in picks:
            holdings_count[p.ticker] += 1
        weights.loc[weights.index > d, :] = 0.0
        weights.loc[weights.index > d, [p.ticker for p in picks]] = 1.0 / len(picks)

    port = (weights.shift().fillna(0) * rets).sum(axis=1)
    bench = rets.mean(axis=1)
    active = port[port != 0]
    info = score.cache_info()
    print(f"cache: hits={info.hits} misses={info.misses}")
    favourites = sorted(holdings_count.items(), key=lambda kv: -kv[1])[:5]
    print(json.dumps({
        "strategy_ann_ret": round(float(active.mean() * 252), 4),
        "strategy_sharpe": round(float(active.mean() / active.std() * np.sqrt(252)), 3),
        "benchmark_sharpe": round(float(bench.mean() / bench.std() * np.sqrt(252)), 3),
        "rebalances": len(rebal_dates),
        "most_held": dict(favourites),
        "cache_hits": info.hits,
    }))


if __name__ == "__main__":
    main()
