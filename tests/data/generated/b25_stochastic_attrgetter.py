# generated: stochastic oscillator %K/%D crossover strategy over several synthetic symbols, rank results with operator.attrgetter, json output
import argparse
import json
from dataclasses import dataclass
from operator import attrgetter

import numpy as np
import pandas as pd


@dataclass
class SymbolResult:
    symbol: str
    total_return: float
    sharpe: float
    max_dd: float
    trades: int


def stochastic(df: pd.DataFrame, k: int, d: int) -> pd.DataFrame:
    ll = df["low"].rolling(k).min()
    hh = df["high"].rolling(k).max()
    pct_k = 100 * (df["close"] - ll) / (hh - ll)
    pct_d = pct_k.rolling(d).mean()
    return pd.DataFrame({"k": pct_k, "d": pct_d})


def simulate(symbol: str, n: int, rng: np.random.Generator) -> pd.DataFrame:
    c = 30 * np.exp(np.cumsum(rng.normal(0.0002, rng.uniform(0.008, 0.02), n)))
    rngs = np.abs(rng.normal(0, 0.01, n)) * c
    return pd.DataFrame({"close": c, "high": c + rngs, "low": c - rngs},
                        index=pd.bdate_range("2016-01-01", periods=n))


def evaluate(symbol, df, k, d, oversold, overbought) -> SymbolResult:
    st = stochastic(df, k, d)
    cross_up = (st.k > st.d) & (st.k.shift() <= st.d.shift()) & (st.k < oversold)
    cross_dn = (st.k < st.d) & (st.k.shift() >= st.d.shift()) & (st.k > overbought)
    sig = pd.Series(np.nan, index=df.index)
    sig[cross_up] = 1.0
    sig[cross_dn] = 0.0
    pos = sig.ffill().fillna(0)
    r = pos.shift().fillna(0) * df.close.pct_change().fillna(0)
    eq = (1 + r).cumprod()
    sd = r.std()
    return SymbolResult(
        symbol=symbol,
        total_return=round(float(eq.iloc[-1] - 1), 4),
        sharpe=round(float(r.mean() / sd * np.sqrt(252)), 3) if sd > 0 else 0.0,
        max_dd=round(float((eq / eq.cummax() - 1).min()), 4),
        trades=int(cross_up.sum()),
    )


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--symbols", type=int, default=8)
    ap.add_argument("--n", type=int, default=1200)
    ap.add_argument("--k", type=int, default=14)
    ap.add_argument("--d", type=int, default=3)
    ap.add_argument("--oversold", type=float, default=20)
    ap.add_argument("--overbought", type=float, default=80)
    ap.add_argument("--rank-by", default="sharpe", choices=["sharpe", "total_return", "max_dd"])
    ap.add_argument("--seed", type=int, default=61)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    results = []
    for i in range(args.symbols):
        sym = f"SYM{i}"
        results.append(evaluate(sym, simulate(sym, args.n, rng), args.k, args.d,
                                args.oversold, args.overbought))
    results.sort(key=attrgetter(args.rank_by, "symbol"), reverse=True)
    for r in results:
        print(f"{r.symbol:<6} ret={r.total_return:+8.2%} sharpe={r.sharpe:+.2f} trades={r.trades}")
    get_sharpe = attrgetter("sharpe")
    print(json.dumps({
        "ranked_by": args.rank_by,
        "ranking": [r.symbol for r in results],
        "avg_sharpe": round(float(np.mean(list(map(get_sharpe, results)))), 3),
        "best": vars(results[0]),
        "total_trades": sum(map(attrgetter("trades"), results)),
    }))


if __name__ == "__main__":
    main()
