# Source: pandas documentation, pandas.merge_asof example with `trades` and `quotes`
#         (https://pandas.pydata.org/docs/reference/api/pandas.merge_asof.html).
# Adapted: the quote/trade tables are generated with numpy default_rng instead of the
#          hard-coded GOOG/MSFT/AAPL rows; the as-of join, `by=`, `tolerance=` and
#          `allow_exact_matches=False` calls are the documented ones.
import json

import numpy as np
import pandas as pd


def make_tape(seed: int = 3):
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2016-05-25 13:30:00")
    tickers = ["GOOG", "MSFT", "AAPL"]
    mids = {"GOOG": 720.5, "MSFT": 51.95, "AAPL": 98.0}
    q_times = start + pd.to_timedelta(np.sort(rng.integers(0, 60_000, 400)), unit="ms")
    q_tick = rng.choice(tickers, 400)
    q_mid = np.array([mids[t] for t in q_tick]) * (1 + rng.normal(0, 2e-4, 400))
    quotes = pd.DataFrame({"time": q_times, "ticker": q_tick,
                           "bid": q_mid - 0.01, "ask": q_mid + 0.01})
    t_times = start + pd.to_timedelta(np.sort(rng.integers(0, 60_000, 120)), unit="ms")
    t_tick = rng.choice(tickers, 120)
    t_px = np.array([mids[t] for t in t_tick]) * (1 + rng.normal(0, 3e-4, 120))
    trades = pd.DataFrame({"time": t_times, "ticker": t_tick, "price": t_px,
                           "quantity": rng.integers(10, 500, 120)})
    return trades, quotes


if __name__ == "__main__":
    trades, quotes = make_tape()
    joined = pd.merge_asof(trades, quotes, on="time", by="ticker")
    tight = pd.merge_asof(trades, quotes, on="time", by="ticker", tolerance=pd.Timedelta("2ms"))
    strict = pd.merge_asof(trades, quotes, on="time", by="ticker",
                           tolerance=pd.Timedelta("10ms"), allow_exact_matches=False)
    joined["mid"] = (joined["bid"] + joined["ask"]) / 2
    slippage_bps = ((joined["price"] / joined["mid"]) - 1.0) * 1e4
    print(json.dumps({
        "matched": int(joined["bid"].notna().sum()),
        "matched_2ms": int(tight["bid"].notna().sum()),
        "matched_strict": int(strict["bid"].notna().sum()),
        "mean_slippage_bps": round(float(slippage_bps.mean()), 4),
    }))
