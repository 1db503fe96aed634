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


def omega_ratio(returns, risk_free=0.0, required_return=0.0,
                annualization=APPROX_BDAYS_PER_YEAR):
    """Determines the Omega ratio of a strategy.

    Parameters
    ----------
    returns : pd.Series or np.ndarray
        Daily returns of the strategy, noncumulative.
        - See full explanation in :func:`~empyrical.stats.cum_returns`.
    risk_free : int, float
        Constant risk-free return throughout the period
    required_return : float, optional
        Minimum acceptance return of the investor. Threshold over which to
        consider positive vs negative returns. It will be converted to a
        value appropriate for the period of the returns. E.g. An annual minimum
        acceptable return of 100 will translate to a minimum acceptable
        return of 0.018.
    annualization : int, optional
        Factor used to convert the required_return into a daily
        value. Enter 1 if no time period conversion is necessary.

    Returns
    -------
    float
        Omega ratio.

    Note
    -----
    See https://en.wikipedia.org/wiki/Omega_ratio for more details.

    """

    if len(returns) < 2:
        return np.nan

    if annualization == 1:
        return_threshold = required_return
    elif required_return <= -1:
        return np.nan
    else:
        return_threshold = (1 + required_return) ** \
            (1. / annualization) - 1

    returns_less_thresh = returns - risk_free - return_threshold

    numer = sum(returns_less_thresh[returns_less_thresh > 0.0])
    denom = -1.0 * sum(returns_less_thresh[returns_less_thresh < 0.0])

    if denom > 0.0:
        return numer / denom
    else:
        return np.nan


def make_returns(seed=43, periods=756):
    """Three years of synthetic daily strategy returns."""
    rng = np.random.default_rng(seed)
    index = pd.date_range("2020-01-01", periods=periods, freq="B")
    return pd.Series(rng.standard_t(4, periods) * 0.008 + 0.0004, index=index)


if __name__ == "__main__":
    returns = make_returns()
    print(json.dumps({"omega": round(float(omega_ratio(returns)), 6),
                      "omega_10pct_hurdle": round(float(omega_ratio(returns, required_return=0.10)), 6)}))
