# source: ranaroussi/quantstats quantstats/stats.py fbd10daed0227aa0d10da6513f1b15e7e98d7fae
# changes: dropped imports: from warnings import warn; from scipy.stats import norm, linregress; from quantstats import utils (package module object) | inlined same-package definitions: safe_concat, validate_input (+deps) | removed code needing dropped imports: pct_rank, distribution, expected_return, geometric_mean, ghpr, best, worst, consecutive_wins, consecutive_losses, exposure, win_rate, avg_return, avg_win, avg_loss, volatility, rolling_volatility, implied_volatility, autocorr_penalty, sharpe, smart_sharpe, rolling_sharpe, sortino, smart_sortino, rolling_sortino, adjusted_sortino, probabilistic_ratio, probabilistic_sharpe_ratio, probabilistic_sortino_ratio, probabilistic_adjusted_sortino_ratio, treynor_ratio, omega, gain_to_pain_ratio, cagr, rar, skew, kurtosis, calmar, risk_of_ruin, ror, value_at_risk, var, conditional_value_at_risk, cvar, expected_shortfall, tail_ratio, payoff_ratio, win_loss_ratio, profit_ratio, profit_factor, cpc_index, common_sense_ratio, outlier_win_ratio, outlier_loss_ratio, recovery_factor, risk_return_ratio, max_drawdown, to_drawdown_series, kelly_criterion, r_squared, r2, information_ratio, greeks, rolling_greeks, compare, monthly_returns, montecarlo, montecarlo_sharpe, montecarlo_drawdown, montecarlo_cagr, ulcer_index, ulcer_performance_index, upi, serenity_index
#!/usr/bin/env python
#
# QuantStats: Portfolio analytics for quants
# https://github.com/ranaroussi/quantstats
#
# Copyright 2019-2025 Ran Aroussi
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

"""
Portfolio Statistics Module

This module provides comprehensive statistical analysis functions for portfolio
performance evaluation, risk assessment, and benchmarking. It includes functions
for calculating various return metrics, risk ratios, drawdown analysis, and
comparison with benchmarks.

The module is designed to work with pandas Series and DataFrames containing
return data, price data, or performance metrics.
"""

from typing import Literal
import pandas as _pd
import numpy as _np
from numpy.typing import NDArray
from math import ceil as _ceil, sqrt as _sqrt


# ---- inlined from the same package ----
import pandas as pd
import pandas as _pd
# from quantstats._compat
def safe_concat(objs: List[Union[pd.Series, pd.DataFrame]],
                axis: int = 0,
                ignore_index: bool = False,
                sort: bool = False,
                **kwargs) -> Union[pd.Series, pd.DataFrame]:
    """
    Safe concatenation that handles pandas version differences.

    This function provides a wrapper around pd.concat with consistent parameters.

    Parameters
    ----------
    objs : list of pd.Series or pd.DataFrame
        Objects to concatenate along the specified axis
    axis : int, default 0
        Axis to concatenate along. 0 for rows, 1 for columns
    ignore_index : bool, default False
        Whether to ignore the index and create a new default integer index
    sort : bool, default False
        Whether to sort the result
    **kwargs
        Additional arguments passed to pd.concat

    Returns
    -------
    pd.Series or pd.DataFrame
        The concatenated result

    Examples
    --------
    >>> safe_concat([df1, df2])  # Concatenate along rows
    >>> safe_concat([df1, df2], axis=1)  # Concatenate along columns
    """
    # Perform the concatenation with sort parameter (available in pandas 2.0+)
    return pd.concat(objs, axis=axis, ignore_index=ignore_index, sort=sort, **kwargs)  # type: ignore[arg-type]

# from quantstats.utils
class QuantStatsError(Exception):
    """Base exception class for QuantStats"""

    pass

# from quantstats.utils
class DataValidationError(QuantStatsError):
    """Raised when input data validation fails"""

    pass

# from quantstats.utils
def validate_input(data, allow_empty=False):
    """
    Validate input data for QuantStats functions

    Parameters
    ----------
    data : pd.Series or pd.DataFrame
        Input data to validate
    allow_empty : bool, default False
        Whether to allow empty datasets

    Raises
    ------
    DataValidationError
        If data validation fails
    """
    if data is None:
        raise DataValidationError("Input data cannot be None")

    if not isinstance(data, (_pd.Series, _pd.DataFrame)):
        raise DataValidationError(
            f"Input data must be pandas Series or DataFrame, got {type(data)}"
        )

    if not allow_empty and len(data) == 0:
        raise DataValidationError("Input data cannot be empty")

    if not allow_empty and data.dropna().empty:
        raise DataValidationError("Input data contains only NaN values")

    # Check for valid date index
    if not isinstance(data.index, (_pd.DatetimeIndex, _pd.RangeIndex)):
        try:
            data.index = _pd.to_datetime(data.index)
        except Exception:
            raise DataValidationError("Input data must have a valid datetime index")

    return True

# ---- end inlined ----

# Type aliases for common types (Python 3.10+ syntax)
Returns = _pd.Series | _pd.DataFrame
"""Type alias for returns data: can be a pandas Series or DataFrame."""

# ======== STATS ========




def compsum(returns: Returns) -> Returns:
    """
    Calculate rolling compounded returns (cumulative product).

    This function computes the cumulative compounded returns by adding 1
    to each return, taking the cumulative product, and subtracting 1.

    Args:
        returns: Series or DataFrame of returns

    Returns:
        Cumulative compounded returns (same type as input)

    Example:
        >>> returns = pd.Series([0.01, 0.02, -0.01, 0.03])
        >>> cumulative = compsum(returns)
        >>> print(cumulative)
    """
    # Add 1 to convert returns to growth factors, then cumulative product
    return returns.add(1).cumprod(axis=0) - 1


def comp(returns: Returns) -> _pd.Series | float:
    """
    Calculate total compounded returns (final cumulative return).

    This function computes the total compounded return over the entire period
    by converting returns to growth factors and taking their product.

    Args:
        returns (pd.Series): Series of returns

    Returns:
        float: Total compounded return

    Example:
        >>> returns = pd.Series([0.01, 0.02, -0.01, 0.03])
        >>> total_return = comp(returns)
        >>> print(total_return)
    """
    # Convert returns to growth factors, take product, subtract 1
    return returns.add(1).prod(axis=0) - 1










def outliers(returns: Returns, quantile: float = 0.95) -> Returns:
    """
    Identify and return outlier returns above a specified quantile.

    This function filters returns to show only those above the specified
    quantile threshold, helping identify extreme positive performance periods.

    Args:
        returns (pd.Series): Return series to analyze
        quantile (float): Quantile threshold (default: 0.95 for 95th percentile)

    Returns:
        pd.Series: Returns above the quantile threshold

    Example:
        >>> returns = pd.Series([0.01, 0.02, 0.05, -0.01, 0.10])
        >>> outlier_returns = outliers(returns, quantile=0.90)
        >>> print(outlier_returns)
    """
    # Filter returns above the specified quantile and remove NaN values
    return returns[returns > returns.quantile(quantile)].dropna(how="all")


def remove_outliers(returns: Returns, quantile: float = 0.95) -> Returns:
    """
    Remove outlier returns above a specified quantile.

    This function filters out extreme returns above the quantile threshold,
    useful for robust statistical analysis by removing extreme values.

    Args:
        returns (pd.Series): Return series to filter
        quantile (float): Quantile threshold (default: 0.95 for 95th percentile)

    Returns:
        pd.Series: Returns below the quantile threshold

    Example:
        >>> returns = pd.Series([0.01, 0.02, 0.05, -0.01, 0.10])
        >>> filtered = remove_outliers(returns, quantile=0.90)
        >>> print(filtered)
    """
    # Keep only returns below the specified quantile threshold
    return returns[returns < returns.quantile(quantile)]




























# ======= METRICS =======




















































































def _get_baseline_value(prices):
    """
    Determine the appropriate baseline value for drawdown calculations.

    This function analyzes the price series to determine the correct baseline
    value that should represent "no drawdown" (i.e., the starting equity).

    Args:
        prices (pd.Series): Price series

    Returns:
        float: Baseline value for drawdown calculations
    """
    if len(prices) == 0:
        return 1.0

    # Handle both Series and DataFrame cases
    if isinstance(prices, _pd.DataFrame):
        # If prices is a DataFrame, ensure it has at least one column
        if prices.shape[1] == 0:
            return 1.0  # Default baseline for empty DataFrame with no columns
        # Get the first value of the first column
        first_price = prices.iat[0, 0]
    else:
        # If prices is a Series, get the first value directly
        first_price = prices.iloc[0]

    # If the first price is much larger than 1, it's likely from to_prices conversion
    # The to_prices function uses base * (1 + compsum), so we determine the appropriate baseline
    if first_price > 1000:
        # This suggests it came from to_prices with a large base (default 1e5)
        # However, we should use a more reasonable baseline for drawdown calculations
        # We'll use the same scale as the prices but represent the "no loss" baseline
        return 1e5
    elif first_price > 10:
        # Smaller base value scale
        return 100.0
    else:
        # Normal price scale, use 1.0 as baseline
        return 1.0








# ==== VS. BENCHMARK ====
















def drawdown_details(drawdown):
    """
    Calculate detailed drawdown statistics for each drawdown period.

    This function analyzes a drawdown series to provide comprehensive statistics
    for each individual drawdown period, including start/end dates, duration,
    maximum drawdown, and 99th percentile drawdown.

    Args:
        drawdown (pd.Series or pd.DataFrame): Drawdown series to analyze

    Returns:
        pd.DataFrame: Detailed drawdown statistics with columns:
            - start: Start date of drawdown period
            - valley: Date of maximum drawdown
            - end: End date of drawdown period
            - days: Duration in days
            - max drawdown: Maximum drawdown percentage
            - 99% max drawdown: 99th percentile drawdown (excludes outliers)

    Example:
        >>> returns = pd.Series([0.01, -0.02, 0.03, -0.01, 0.02])
        >>> dd_series = to_drawdown_series(returns)
        >>> dd_details = drawdown_details(dd_series)
        >>> print(dd_details)
    """

    def _drawdown_details(drawdown):
        """
        Calculate drawdown details for a single drawdown series.

        This internal function processes a single drawdown series to extract
        detailed statistics about each drawdown period.
        """
        # Mark periods with no drawdown (drawdown = 0)
        no_dd = drawdown == 0

        # Extract drawdown start dates (first date of each drawdown period)
        starts = ~no_dd & no_dd.shift(1)
        starts = list(starts[starts.values].index)

        # Extract drawdown end dates (last date of each drawdown period)
        ends = no_dd & (~no_dd).shift(1)
        ends = ends.shift(-1, fill_value=False)
        ends = list(ends[ends.values].index)

        # Return empty DataFrame if no drawdowns found
        if not starts:
            return _pd.DataFrame(
                index=[],
                columns=(
                    "start",
                    "valley",
                    "end",
                    "days",
                    "max drawdown",
                    "99% max drawdown",
                ),
            )

        # Handle edge case: drawdown series begins in a drawdown
        if ends and starts[0] > ends[0]:
            starts.insert(0, drawdown.index[0])

        # Handle edge case: series ends in a drawdown
        if not ends or starts[-1] > ends[-1]:
            ends.append(drawdown.index[-1])

        # Build detailed statistics for each drawdown period
        data = []
        for i, _ in enumerate(starts):
            # Extract drawdown for this period
            dd = drawdown[starts[i]:ends[i]]

            # Calculate 99% drawdown (excluding outliers)
            clean_dd = -remove_outliers(-dd, 0.99)

            # Compile statistics for this drawdown period
            data.append(
                (
                    starts[i],                          # Start date
                    dd.idxmin(),                       # Valley date (max drawdown)
                    ends[i],                           # End date
                    (ends[i] - starts[i]).days + 1,   # Duration in days
                    dd.min() * 100,                    # Max drawdown %
                    clean_dd.min() * 100,              # 99% max drawdown %
                )
            )

        # Create DataFrame with results
        df = _pd.DataFrame(
            data=data,
            columns=(
                "start",
                "valley",
                "end",
                "days",
                "max drawdown",
                "99% max drawdown",
            ),
        )

        # Format data types
        df["days"] = df["days"].astype(int)
        df["max drawdown"] = df["max drawdown"].astype(float)
        df["99% max drawdown"] = df["99% max drawdown"].astype(float)

        # Format dates as strings
        df["start"] = df["start"].dt.strftime("%Y-%m-%d")
        df["end"] = df["end"].dt.strftime("%Y-%m-%d")
        df["valley"] = df["valley"].dt.strftime("%Y-%m-%d")

        return df

    # Handle DataFrame input by processing each column separately
    if isinstance(drawdown, _pd.DataFrame):
        _dfs = {}
        for col in drawdown.columns:
            _dfs[col] = _drawdown_details(drawdown[col])
        return safe_concat(_dfs, axis=1)

    return _drawdown_details(drawdown)


# ======== MONTE CARLO ========








