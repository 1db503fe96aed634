# source: ranaroussi/quantstats quantstats/utils.py fbd10daed0227aa0d10da6513f1b15e7e98d7fae
# changes: optional talib-style branch with nested import at l.434 (kept else-branch) | dropped imports: import io; import inspect; import threading; unresolvable package import quantstats._compat.safe_yfinance_download | inlined same-package definitions: safe_concat | removed code needing dropped imports: _cache_lock, _clear_cache_if_full, to_prices, to_log_returns, _prepare_prices, _prepare_returns, download_returns, _prepare_benchmark, _file_stream, make_index, make_portfolio, _flatten_dataframe, to_returns, log_returns, exponential_stdev
#!/usr/bin/env python
#
# QuantStats: Portfolio analytics for quants
# https://github.com/ranaroussi/quantstats
#
# Copyright 2019-2025 Ran Aroussi
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
# ˜
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

import datetime as _dt
import pandas as _pd
import numpy as _np

# ---- inlined from the same package ----
import pandas as pd
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

# ---- end inlined ----

# Type alias for return data
Returns = _pd.Series | _pd.DataFrame
"""Type alias for returns data: can be a pandas Series or DataFrame."""


# Custom exception classes for QuantStats
class QuantStatsError(Exception):
    """Base exception class for QuantStats"""

    pass


class DataValidationError(QuantStatsError):
    """Raised when input data validation fails"""

    pass


class CalculationError(QuantStatsError):
    """Raised when a calculation fails"""

    pass


class PlottingError(QuantStatsError):
    """Raised when plotting operations fail"""

    pass


class BenchmarkError(QuantStatsError):
    """Raised when benchmark data issues occur"""

    pass


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


# Cache for _prepare_returns function with thread safety
_PREPARE_RETURNS_CACHE = {}
_CACHE_MAX_SIZE = 100


def _generate_cache_key(data, rf, nperiods):
    """
    Generate a cache key for the _prepare_returns function

    Parameters
    ----------
    data : pd.Series or pd.DataFrame
        Input data to generate hash from
    rf : float
        Risk-free rate parameter
    nperiods : int
        Number of periods parameter

    Returns
    -------
    str or None
        Cache key string or None if hashing fails
    """
    try:
        # Create a hash from the data
        if isinstance(data, _pd.Series):
            data_hash = _pd.util.hash_pandas_object(data).sum()
        elif isinstance(data, _pd.DataFrame):
            data_hash = _pd.util.hash_pandas_object(data).sum()
        else:
            data_hash = hash(str(data))

        # Include parameters in the key
        key = f"{data_hash}_{rf}_{nperiods}"
        return key
    except (ValueError, TypeError, AttributeError, MemoryError):
        # If hashing fails, return None to skip caching
        return None




def _mtd(df):
    """
    Filter dataframe to month-to-date data

    Parameters
    ----------
    df : pd.DataFrame or pd.Series
        Input data with datetime index

    Returns
    -------
    pd.DataFrame or pd.Series
        Filtered data from start of current month
    """
    # Get first day of current month as string
    return df[df.index >= _dt.datetime.now().strftime("%Y-%m-01")]


def _qtd(df):
    """
    Filter dataframe to quarter-to-date data

    Parameters
    ----------
    df : pd.DataFrame or pd.Series
        Input data with datetime index

    Returns
    -------
    pd.DataFrame or pd.Series
        Filtered data from start of current quarter
    """
    date = _dt.datetime.now()
    # Check which quarter we're in (Q1: Jan-Mar, Q2: Apr-Jun, Q3: Jul-Sep, Q4: Oct-Dec)
    for q in [1, 4, 7, 10]:  # First month of each quarter
        if date.month <= q:
            return df[df.index >= _dt.datetime(date.year, q, 1).strftime("%Y-%m-01")]
    # Default to current month if no quarter match
    return df[df.index >= date.strftime("%Y-%m-01")]


def _ytd(df):
    """
    Filter dataframe to year-to-date data

    Parameters
    ----------
    df : pd.DataFrame or pd.Series
        Input data with datetime index

    Returns
    -------
    pd.DataFrame or pd.Series
        Filtered data from start of current year
    """
    # Get first day of current year as string
    return df[df.index >= _dt.datetime.now().strftime("%Y-01-01")]


def _pandas_date(df, dates):
    """
    Filter dataframe to specific dates

    Parameters
    ----------
    df : pd.DataFrame or pd.Series
        Input data with datetime index
    dates : list or single date
        Date(s) to filter by

    Returns
    -------
    pd.DataFrame or pd.Series
        Filtered data for specified dates
    """
    # Ensure dates is a list for consistent processing
    if not isinstance(dates, list):
        dates = [dates]
    return df[df.index.isin(dates)]


def _pandas_current_month(df):
    """
    Filter dataframe to current month's data

    Parameters
    ----------
    df : pd.DataFrame or pd.Series
        Input data with datetime index

    Returns
    -------
    pd.DataFrame or pd.Series
        Filtered data for current month
    """
    n = _dt.datetime.now()
    # Create date range from first day of current month to now
    daterange = _pd.date_range(_dt.date(n.year, n.month, 1), n)
    return df[df.index.isin(daterange)]


def multi_shift(df, shift=3):
    """Get last N rows relative to another row in pandas - optimized for memory usage"""
    if isinstance(df, _pd.Series):
        df = _pd.DataFrame(df)

    # More memory-efficient approach using dictionary comprehension
    # and direct column assignment
    result = df.copy()

    # Create lagged versions of the data
    for i in range(1, shift):
        shifted = df.shift(i)
        # Rename columns to avoid conflicts
        shifted.columns = [f"{col}{i}" for col in shifted.columns]
        result = safe_concat([result, shifted], axis=1, sort=True)

    return result












def rebase(prices: Returns, base: float = 100.0) -> Returns:
    """
    Rebase all series to a given intial base.
    This makes comparing/plotting different series together easier.
    Args:
        * prices: Expects a price series/dataframe
        * base (number): starting value for all series.
    """
    # Normalize prices to start at the base value
    return prices.dropna() / prices.dropna().iloc[0] * base


def group_returns(returns: Returns, groupby, compounded: bool = False) -> Returns:
    """
    Summarize returns by grouping criteria

    Parameters
    ----------
    returns : pd.Series or pd.DataFrame
        Returns data
    groupby : grouper object
        Pandas groupby object or criteria
    compounded : bool, default False
        Whether to compound returns or use simple sum

    Returns
    -------
    pd.Series or pd.DataFrame
        Grouped returns

    Examples
    --------
    group_returns(df, df.index.year)
    group_returns(df, [df.index.year, df.index.month])
    """
    # Use simple sum for non-compounded returns
    return returns.groupby(groupby).sum()


def aggregate_returns(returns: Returns, period: str | None = None, compounded: bool = True) -> Returns:
    """
    Aggregate returns based on specified time periods

    Parameters
    ----------
    returns : pd.Series or pd.DataFrame
        Returns data
    period : str, optional
        Time period for aggregation ('month', 'quarter', 'year', etc.)
    compounded : bool, default True
        Whether to compound returns

    Returns
    -------
    pd.Series or pd.DataFrame
        Aggregated returns for specified period
    """
    # Normalize timezone for consistency before aggregation
    # Convert to UTC if timezone-aware, then make naive
    if hasattr(returns.index, 'tz') and returns.index.tz is not None:
        returns = returns.tz_convert('UTC').tz_localize(None)
    
    # Return original data if no period specified or daily period
    if period is None or "day" in period:
        return returns

    index = returns.index

    # Group by month
    if "month" in period:
        return group_returns(returns, index.month, compounded=compounded)

    # Group by quarter
    if "quarter" in period:
        return group_returns(returns, index.quarter, compounded=compounded)

    # Group by year (multiple possible period strings)
    if period == "YE" or any(x in period for x in ["year", "eoy", "yoy"]):
        return group_returns(returns, index.year, compounded=compounded)

    # Group by week
    if "week" in period:
        return group_returns(returns, index.week, compounded=compounded)

    # End of week grouping
    if "eow" in period or period == "W":
        return group_returns(returns, [index.year, index.week], compounded=compounded)

    # End of month grouping
    if "eom" in period or period == "ME":
        return group_returns(returns, [index.year, index.month], compounded=compounded)

    # End of quarter grouping
    if "eoq" in period or period == "QE":
        return group_returns(
            returns, [index.year, index.quarter], compounded=compounded
        )

    # Custom period grouping (non-string)
    if not isinstance(period, str):
        return group_returns(returns, period, compounded)

    # Default: return original data
    return returns


def to_excess_returns(returns: Returns, rf: float, nperiods: int | None = None) -> Returns:
    """
    Calculates excess returns by subtracting
    risk-free returns from total returns

    Args:
        * returns (Series, DataFrame): Returns
        * rf (float, Series, DataFrame): Risk-Free rate(s)
        * nperiods (int): Optional. If provided, will convert rf to different
            frequency using deannualize
    Returns:
        * excess_returns (Series, DataFrame): Returns - rf
    """
    # Convert integer rf to float for consistency
    if isinstance(rf, int):
        rf = float(rf)

    # Align rf with returns index if rf is a series/dataframe
    if not isinstance(rf, float):
        rf = rf[rf.index.isin(returns.index)]  # type: ignore

    # Deannualize rf if nperiods is provided
    if nperiods is not None:
        # deannualize
        rf = _np.power(1 + rf, 1.0 / nperiods) - 1.0

    # Calculate excess returns
    df = returns - rf
    df = df.tz_localize(None)
    return df










def _round_to_closest(val, res, decimals=None):
    """
    Round value to closest resolution

    Parameters
    ----------
    val : float
        Value to round
    res : float
        Resolution to round to
    decimals : int, optional
        Number of decimal places

    Returns
    -------
    float
        Rounded value
    """
    # Auto-detect decimals from resolution if not provided
    if decimals is None and "." in str(res):
        decimals = len(str(res).split(".")[1])
    return round(round(val / res) * res, decimals)




def _in_notebook(matplotlib_inline=False):
    """
    Identify current environment (notebook, terminal, etc.)

    Parameters
    ----------
    matplotlib_inline : bool, default False
        Whether to enable matplotlib inline mode

    Returns
    -------
    bool
        True if running in Jupyter notebook, False otherwise
    """
    try:
        # Get IPython shell class name
        shell = get_ipython().__class__.__name__  # type: ignore
        if shell == "ZMQInteractiveShell":
            # Jupyter notebook or qtconsole
            if matplotlib_inline:
                get_ipython().run_line_magic("matplotlib", "inline")  # type: ignore
            return True
        if shell == "TerminalInteractiveShell":
            # Terminal running IPython
            return False
        # Other type (?)
        return False
    except NameError:
        # Probably standard Python interpreter
        return False


def _count_consecutive(data):
    """
    Count consecutive occurrences in data (like cumsum() with reset on zeroes)

    Parameters
    ----------
    data : pd.Series or pd.DataFrame
        Input data to count consecutive occurrences

    Returns
    -------
    pd.Series or pd.DataFrame
        Data with consecutive counts
    """

    def _count(data):
        # Group by consecutive values and count occurrences
        return data * (data.groupby((data != data.shift(1)).cumsum()).cumcount() + 1)

    # Handle DataFrame by processing each column
    if isinstance(data, _pd.DataFrame):
        for col in data.columns:
            data[col] = _count(data[col])
        return data
    return _count(data)


def _score_str(val):
    """
    Format value string with appropriate sign (used in plots)

    Parameters
    ----------
    val : str or numeric
        Value to format

    Returns
    -------
    str
        Formatted string with + or - sign
    """
    # Add + sign for positive values, - is already included for negative
    return ("" if "-" in val else "+") + str(val)






