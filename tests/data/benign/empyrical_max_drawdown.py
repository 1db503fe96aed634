# Source: https://github.com/quantopian/empyrical empyrical/stats.py (Apache-2.0,
#         Copyright 2016 Quantopian, Inc.); functions copied as published.
# Adapted: nanmean/nanstd/nanmin come from empyrical/utils.py (bottleneck or numpy
#          fallbacks); the numpy fallbacks are used here. scipy/six imports dropped
#          (unused by these functions). Synthetic daily returns replace real data.

from __future__ import division

import json

import numpy as np
import pandas as pd

nanmean = np.nanmean
nanstd = np.nanstd
nanmin = np.nanmin


APPROX_BDAYS_PER_MONTH = 21
APPROX_BDAYS_PER_YEAR = 252

MONTHS_PER_YEAR = 12
WEEKS_PER_YEAR = 52

DAILY = 'daily'
WEEKLY = 'weekly'
MONTHLY = 'monthly'
YEARLY = 'yearly'

ANNUALIZATION_FACTORS = {
    DAILY: APPROX_BDAYS_PER_YEAR,
    WEEKLY: WEEKS_PER_YEAR,
    MONTHLY: MONTHS_PER_YEAR,
    YEARLY: 1
}


def cum_returns(returns, starting_value=0):
    """
    Compute cumulative returns from simple returns.

    Parameters
    ----------
    returns : pd.Series, np.ndarray, or pd.DataFrame
        Returns of the strategy as a percentage, noncumulative.
         - Time series with decimal returns.
         - Example:
            2015-07-16    -0.012143
            2015-07-17    0.045350
            2015-07-20    0.030957
            2015-07-21    0.004902.
        - Also accepts two dimensional data. In this case,
            each column is cumulated.
    starting_value : float, optional
       The starting returns.

    Returns
    -------
    pd.Series, np.ndarray, or pd.DataFrame
        Series of cumulative returns.

    Notes
    -----
    For increased numerical accuracy, convert input to log returns
    where it is possible to sum instead of multiplying.
    PI((1+r_i)) - 1 = exp(ln(PI(1+r_i)))     # x = exp(ln(x))
                    = exp(SIGMA(ln(1+r_i))   # ln(a*b) = ln(a) + ln(b)
    """
    # df_price.pct_change() adds a nan in first position, we can use
    # that to have cum_logarithmic_returns start at the origin so that
    # df_cum.iloc[0] == starting_value
    # Note that we can't add that ourselves as we don't know which dt
    # to use.

    if len(returns) < 1:
        return type(returns)([])

    if np.any(np.isnan(returns)):
        returns = returns.copy()
        returns[np.isnan(returns)] = 0.

    df_cum = (returns + 1).cumprod(axis=0)

    if starting_value == 0:
        return df_cum - 1
    else:
        return df_cum * starting_value


def max_drawdown(returns):
    """
    Determines the maximum drawdown of a strategy.

    Parameters
    ----------
    returns : pd.Series or np.ndarray
        Daily returns of the strategy, noncumulative.
        - See full explanation in :func:`~empyrical.stats.cum_returns`.

    Returns
    -------
    float
        Maximum drawdown.

    Note
    -----
    See https://en.wikipedia.org/wiki/Drawdown_(economics) for more details.
    """

    if len(returns) < 1:
        return np.nan

    cumulative = cum_returns(returns, starting_value=100)
    max_return = np.fmax.accumulate(cumulative)
    return nanmin((cumulative - max_return) / max_return)


def make_returns(seed=40, periods=756):
    """Three years of synthetic daily strategy returns."""
    rng = np.random.default_rng(seed)
    index = pd.date_range("2020-01-01", periods=periods, freq="B")
    return pd.Series(rng.standard_t(4, periods) * 0.008 + 0.0004, index=index)


if __name__ == "__main__":
    returns = make_returns()
    print(json.dumps({"max_drawdown": round(float(max_drawdown(returns)), 6),
                      "final_value": round(float(cum_returns(returns, 100).iloc[-1]), 6)}))
