# Source: github.com/Shounak710/triple-barrier-method main.py (get_daily_vol,
#         get_threshold_events, add_vertical_barriers) following AFML chapter 3.
# Adapted: the TSM.csv input and tqdm are replaced by a synthetic close series; the
#          barrier touch loop is written with pandas slicing; labels are summarised.
import json

import numpy as np
import pandas as pd


def get_daily_vol(close_prices):
    '''Get baseline volatility based on past data'''
    daily_returns = (close_prices / close_prices.shift(1) - 1).dropna()
    squared_returns = daily_returns ** 2
    ewma_vol = squared_returns.ewm(span=100).mean()
    baseline_vol = np.sqrt(ewma_vol)
    return baseline_vol


def get_threshold_events(close, threshold):
    '''Generate events using a symmetric CUSUM filter on log returns.'''
    t_events = []
    s_pos = 0
    s_neg = 0
    diff = np.log(close).diff().dropna()
    for i in diff.index[1:]:
        pos = float(s_pos + diff.loc[i])
        neg = float(s_neg + diff.loc[i])
        s_pos = max(0.0, pos)
        s_neg = min(0.0, neg)
        if s_neg < -threshold:
            s_neg = 0
            t_events.append(i)
        elif s_pos > threshold:
            s_pos = 0
            t_events.append(i)
    return pd.DatetimeIndex(t_events)


def add_vertical_barriers(t_events, close, num_of_days=1):
    '''Add the third (vertical) barrier: the maximum holding period of a trade.'''
    t1 = close.index.searchsorted(t_events + pd.Timedelta(days=num_of_days))
    t1 = t1[t1 < close.shape[0]]
    return pd.Series(close.index[t1], index=t_events[:t1.shape[0]])


def label(close, vertical, vol, pt=1.0, sl=1.0):
    out = {}
    for start, end in vertical.items():
        path = close[start:end] / close[start] - 1
        upper, lower = pt * vol.get(start, np.nan), -sl * vol.get(start, np.nan)
        hit_up = path[path > upper].index.min()
        hit_dn = path[path < lower].index.min()
        if pd.notna(hit_up) and (pd.isna(hit_dn) or hit_up <= hit_dn):
            out[start] = 1
        elif pd.notna(hit_dn):
            out[start] = -1
        else:
            out[start] = 0
    return pd.Series(out, dtype=int)


if __name__ == "__main__":
    rng = np.random.default_rng(4)
    idx = pd.date_range("2020-01-01", periods=800, freq="B")
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0, 0.015, len(idx)))), index=idx)
    vol = get_daily_vol(close)
    events = get_threshold_events(close, threshold=float(vol.mean()))
    vertical = add_vertical_barriers(events, close, num_of_days=10)
    labels = label(close, vertical, vol * 2)
    print(json.dumps({"events": int(len(events)),
                      "labels": {str(k): int(v) for k, v in labels.value_counts().sort_index().items()}}))
