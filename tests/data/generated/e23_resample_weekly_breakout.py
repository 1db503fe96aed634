# generated: intraday-to-daily resample then weekly breakout strategy using pandas resample/ohlc, json output
import argparse
import json

import numpy as np
import pandas as pd


def hourly_prices(days: int, seed: int) -> pd.Series:
    rng = np.random.default_rng(seed)
    idx = pd.date_range("2022-01-03 09:00", periods=days * 24, freq="H")
    idx = idx[(idx.hour >= 9) & (idx.hour < 17) & (idx.dayofweek < 5)]
    r = rng.normal(0.00002, 0.003, len(idx))
    return pd.Series(100 * np.exp(np.cumsum(r)), index=idx, name="price")


def extra_stats(r: pd.Series, periods: int = 252) -> dict:
    """A few more risk numbers: Sortino, Calmar, best/worst period and skew."""
    downside = r[r < 0]
    dd_dev = float(np.sqrt((downside ** 2).mean())) if len(downside) else 0.0
    eq = (1 + r).cumprod()
    max_dd = float((eq / eq.cummax() - 1).min())
    cagr = float(eq.iloc[-1] ** (periods / len(r)) - 1)
    return {
        "sortino": round(float(r.mean() / dd_dev * np.sqrt(periods)), 3) if dd_dev else None,
        "calmar": round(cagr / abs(max_dd), 3) if max_dd else None,
        "best_period": round(float(r.max()), 5),
        "worst_period": round(float(r.min()), 5),
        "skew": round(float(r.skew()), 3),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=900)
    ap.add_argument("--weeks", type=int, default=4, help="breakout lookback in weeks")
    ap.add_argument("--seed", type=int, default=9)
    a = ap.parse_args()

    hourly = hourly_prices(a.days, a.seed)
    daily = hourly.resample("D").ohlc().dropna()
    weekly = hourly.resample("W-FRI").ohlc().dropna()
    weekly["hh"] = weekly["high"].rolling(a.weeks).max().shift(1)
    weekly["ll"] = weekly["low"].rolling(a.weeks).min().shift(1)
    weekly["signal"] = np.select(
        [weekly["close"] > weekly["hh"], weekly["close"] < weekly["ll"]], [1, -1], default=np.nan
    )
    weekly["signal"] = weekly["signal"].ffill().fillna(0)
    # apply weekly signal to daily bars, trading from the next week
    sig_daily = weekly["signal"].reindex(daily.index, method="ffill").shift(1).fillna(0)
    daily_ret = daily["close"].pct_change().fillna(0)
    strat = sig_daily * daily_ret
    eq = (1 + strat).cumprod()
    merged = pd.merge_asof(
        daily[["close"]].reset_index().rename(columns={"index": "ts"}),
        weekly[["signal"]].reset_index().rename(columns={"index": "ts"}),
        on="ts",
    )
    print(f"{len(hourly)} hourly bars -> {len(daily)} daily -> {len(weekly)} weekly")
    print(json.dumps({
        "daily_bars": int(len(daily)),
        "weekly_bars": int(len(weekly)),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "signal_changes": int((weekly["signal"].diff().fillna(0) != 0).sum()),
        "merged_rows": int(len(merged)),
        "extra": extra_stats(strat),
        "avg_daily_range_pct": round(float(((daily["high"] - daily["low"]) / daily["close"]).mean() * 100), 3),
    }))


if __name__ == "__main__":
    main()
