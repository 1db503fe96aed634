# generated: implement ADX and use it as a trend filter for a DI+/DI- crossover system, print json stats
import argparse
import json

import numpy as np
import pandas as pd


def wilder(series: pd.Series, n: int) -> pd.Series:
    return series.ewm(alpha=1.0 / n, adjust=False).mean()


def adx(high: pd.Series, low: pd.Series, close: pd.Series, n: int = 14) -> pd.DataFrame:
    up = high.diff()
    down = -low.diff()
    plus_dm = np.where((up > down) & (up > 0), up, 0.0)
    minus_dm = np.where((down > up) & (down > 0), down, 0.0)
    tr = np.maximum.reduce([
        (high - low).to_numpy(),
        (high - close.shift()).abs().to_numpy(),
        (low - close.shift()).abs().to_numpy(),
    ])
    tr = pd.Series(tr, index=close.index)
    atr_ = wilder(tr, n)
    plus_di = 100 * wilder(pd.Series(plus_dm, index=close.index), n) / atr_
    minus_di = 100 * wilder(pd.Series(minus_dm, index=close.index), n) / atr_
    dx = 100 * (plus_di - minus_di).abs() / (plus_di + minus_di)
    return pd.DataFrame({"plus_di": plus_di, "minus_di": minus_di, "adx": wilder(dx, n)})


def synthetic(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    # regime-switching drift so there are trends to detect
    regimes = rng.choice([-0.002, 0.0, 0.002], size=n // 100 + 1)
    drift = np.repeat(regimes, 100)[:n]
    close = 100 * np.exp(np.cumsum(drift + rng.normal(0, 0.01, n)))
    spread = np.abs(rng.normal(0, 0.008, n)) * close
    idx = pd.bdate_range("2010-01-04", periods=n)
    return pd.DataFrame({"high": close + spread, "low": close - spread, "close": close}, index=idx)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--period", type=int, default=14)
    parser.add_argument("--threshold", type=float, default=25.0)
    parser.add_argument("--bars", type=int, default=2500)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()

    df = synthetic(args.bars, args.seed)
    ind = adx(df.high, df.low, df.close, args.period)
    df = df.join(ind)

    direction = np.sign(df.plus_di - df.minus_di)
    trending = df.adx > args.threshold
    df["pos"] = np.where(trending, direction, 0.0)
    df["ret"] = df.close.pct_change().fillna(0)
    df["strat"] = df.pos.shift().fillna(0) * df.ret
    df["unfiltered"] = direction.shift().fillna(0) * df.ret

    def summarize(r: pd.Series) -> dict:
        eq = (1 + r).cumprod()
        return {
            "total": round(float(eq.iloc[-1] - 1), 4),
            "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
            "mdd": round(float((eq / eq.cummax() - 1).min()), 4),
        }

    yearly = df.strat.groupby(df.index.year).apply(lambda r: (1 + r).prod() - 1)
    for yr, val in yearly.items():
        print(f"{yr}: {val:+.2%}")
    print(json.dumps({
        "filtered": summarize(df.strat),
        "unfiltered": summarize(df.unfiltered),
        "pct_time_trending": round(float(trending.mean()), 3),
        "yearly": {str(k): round(float(v), 4) for k, v in yearly.items()},
    }))


if __name__ == "__main__":
    main()
