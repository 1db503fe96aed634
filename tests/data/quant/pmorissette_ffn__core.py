# source: pmorissette/ffn ffn/core.py ed266d254c1ecf2b6cc1e1e8a4f3e94cb5feb5d0
# changes: dropped imports: import matplotlib; import scipy.stats; import sklearn.cluster; import sklearn.covariance; import sklearn.manifold; from matplotlib import pyplot; from packaging.version import Version; from scipy.optimize import minimize; from scipy.stats import t; from sklearn.utils import resample; from tabulate import tabulate; from ffn import utils (package module object) | inlined same-package definitions: fmtn, fmtp, fmtpn, get_freq_name | removed code needing dropped imports: _PANDAS_TWO, _PANDAS_TWO_TWO, statement l.24, PerformanceStats.display, PerformanceStats.display_monthly_returns, PerformanceStats.plot_histogram, PerformanceStats.to_csv, GroupStats.display, GroupStats.plot_scatter_matrix, GroupStats.plot_histograms, GroupStats.to_csv, calc_prob_mom, asfreq_actual, calc_mean_var_weights, _erc_weights_slsqp, calc_erc_weights, calc_clusters, plot_heatmap, plot_corr_heatmap, _winsorize_wrapper, winsorize, infer_freq, infer_nperiods, calc_sortino_ratio, to_excess_returns, to_ulcer_performance_index, calc_expected_max_sharpe, calc_deflated_sharpe_ratio, resample_returns, extend_pandas, PerformanceStats._calculate, calc_sharpe, deannualize, PerformanceStats._update, calc_risk_return_ratio, PerformanceStats.__init__, PerformanceStats.set_riskfree_rate, PerformanceStats.set_date_range
import random

import numpy as np
import pandas as pd
from pandas.core.base import PandasObject


# ---- inlined from the same package ----
import pandas as pd
# from ffn.utils
def fmtn(number: float) -> str:
    """
    Formatting helper - float
    """
    if pd.isna(number):
        return "-"
    return format(number, ".2f")

# from ffn.utils
def fmtp(number: float) -> str:
    """
    Formatting helper - percent
    """
    if pd.isna(number):
        return "-"
    return format(number, ".2%")

# from ffn.utils
def fmtpn(number: float) -> str:
    """
    Formatting helper - percent no % sign
    """
    if pd.isna(number):
        return "-"
    return format(number * 100, ".2f")

# from ffn.utils
def get_freq_name(period: str) -> str | None:
    period = period.upper()
    periods = {
        "B": "business day",
        "C": "custom business day",
        "D": "daily",
        "W": "weekly",
        "M": "monthly",
        "BM": "business month end",
        "CBM": "custom business month end",
        "MS": "month start",
        "BMS": "business month start",
        "CBMS": "custom business month start",
        "Q": "quarterly",
        "BQ": "business quarter end",
        "QS": "quarter start",
        "BQS": "business quarter start",
        "Y": "yearly",
        "A": "yearly",
        "BA": "business year end",
        "AS": "year start",
        "BAS": "business year start",
        "H": "hourly",
        "T": "minutely",
        "S": "secondly",
        "L": "milliseonds",
        "U": "microseconds",
    }

    if period in periods:
        return periods[period]
    else:
        return None

# ---- end inlined ----



# module level variable, can be different for non traditional markets (eg. crypto - 360)
TRADING_DAYS_PER_YEAR = 252


class PerformanceStats:
    """
    PerformanceStats is a convenience class used for the performance
    evaluation of a price series. It contains various helper functions
    to help with plotting and contains a large amount of descriptive
    statistics.

    Args:
        * prices (Series): A price series.
        * rf (float, Series): `Risk-free rate <https://www.investopedia.com/terms/r/risk-freerate.asp>`_ used in various calculation. Should be
            expressed as a yearly (annualized) return if it is a float. Otherwise
            rf should be a *price* series — it is converted internally with
            to_returns(). Note this differs from calc_sharpe and
            calc_sortino_ratio, which take rf as a return series. Passing a
            return series here silently behaves like rf=0.

    Attributes:
        * name (str): Name, derived from price series name
        * return_table (DataFrame): A table of monthly returns with
            YTD figures as well.
        * lookback_returns (Series): Returns for different
            lookback periods (1m, 3m, 6m, ytd...)
        * stats (Series): A series that contains all the stats
        * annualization_factor (float): `Annualization factor` used in various calculations; aka `nperiods`, `252`

    """





    def _stats(self):
        stats = [
            ("start", "Start", "dt"),
            ("end", "End", "dt"),
            ("rf", "Risk-free rate", "p"),
            (None, None, None),
            ("total_return", "Total Return", "p"),
            ("cagr", "CAGR", "p"),
            ("max_drawdown", "Max Drawdown", "p"),
            ("calmar", "Calmar Ratio", "n"),
            (None, None, None),
            ("mtd", "MTD", "p"),
            ("three_month", "3m", "p"),
            ("six_month", "6m", "p"),
            ("ytd", "YTD", "p"),
            ("one_year", "1Y", "p"),
            ("three_year", "3Y (ann.)", "p"),
            ("five_year", "5Y (ann.)", "p"),
            ("ten_year", "10Y (ann.)", "p"),
            ("incep", "Since Incep. (ann.)", "p"),
            (None, None, None),
            ("daily_sharpe", "Daily Sharpe", "n"),
            ("daily_sortino", "Daily Sortino", "n"),
            ("daily_mean", "Daily Mean (ann.)", "p"),
            ("daily_vol", "Daily Vol (ann.)", "p"),
            ("daily_skew", "Daily Skew", "n"),
            ("daily_kurt", "Daily Kurt", "n"),
            ("best_day", "Best Day", "p"),
            ("worst_day", "Worst Day", "p"),
            (None, None, None),
            ("monthly_sharpe", "Monthly Sharpe", "n"),
            ("monthly_sortino", "Monthly Sortino", "n"),
            ("monthly_mean", "Monthly Mean (ann.)", "p"),
            ("monthly_vol", "Monthly Vol (ann.)", "p"),
            ("monthly_skew", "Monthly Skew", "n"),
            ("monthly_kurt", "Monthly Kurt", "n"),
            ("best_month", "Best Month", "p"),
            ("worst_month", "Worst Month", "p"),
            (None, None, None),
            ("yearly_sharpe", "Yearly Sharpe", "n"),
            ("yearly_sortino", "Yearly Sortino", "n"),
            ("yearly_mean", "Yearly Mean", "p"),
            ("yearly_vol", "Yearly Vol", "p"),
            ("yearly_skew", "Yearly Skew", "n"),
            ("yearly_kurt", "Yearly Kurt", "n"),
            ("best_year", "Best Year", "p"),
            ("worst_year", "Worst Year", "p"),
            (None, None, None),
            ("avg_drawdown", "Avg. Drawdown", "p"),
            ("avg_drawdown_days", "Avg. Drawdown Days", "n"),
            ("avg_up_month", "Avg. Up Month", "p"),
            ("avg_down_month", "Avg. Down Month", "p"),
            ("win_year_perc", "Win Year %", "p"),
            ("twelve_month_win_perc", "Win 12m %", "p"),
        ]

        return stats




    def display_lookback_returns(self):
        """
        Displays the current lookback returns.
        """
        return self.lookback_returns.map("{:,.2%}".format)

    def _get_default_plot_title(self, name, freq, kind):
        if freq is None:
            return f"{name} {kind}"
        else:
            return f"{name} {get_freq_name(freq)} {kind}"

    def plot(self, freq=None, figsize=(15, 5), title=None, logy=False, **kwargs):
        """
        Helper function for plotting the series.

        Args:
            * freq (str): Data frequency used for display purposes.
                Refer to pandas docs for valid freq strings.
            * figsize ((x,y)): figure size
            * title (str): Title if default not appropriate
            * logy (bool): log-scale for y axis
            * kwargs: passed to pandas' plot method
        """
        if title is None:
            title = self._get_default_plot_title(self.name, freq, "Price Series")

        ser = self._get_series(freq)
        return ser.plot(figsize=figsize, title=title, logy=logy, **kwargs)


    def _get_series(self, freq):
        if freq is None:
            return self.daily_prices

        if freq == "y":
            freq = "a"
        return self.daily_prices.asfreq(freq, "ffill")

    def _create_stats_series(self):
        stats = self._stats()

        short_names = []
        values = []

        for stat in stats:
            k, n, _ = stat

            # blank row
            if k is None or k == "rf" and not isinstance(self.rf, float):
                continue

            if n in short_names:
                continue

            short_names.append(k)
            raw = getattr(self, k)
            values.append(raw)
        return pd.Series(values, short_names)



class GroupStats(dict):
    """
    GroupStats enables one to compare multiple series side by side.
    It is a wrapper around a dict of {price.name: PerformanceStats} and
    provides many convenience methods.

    The order of the series passed in will be preserved.
    Individual PerformanceStats objects can be accessed via index
    position or name via the [] accessor.

    Each series' stats are computed from that series' own available
    observations, matching what PerformanceStats returns for the series
    on its own. Cross-sectional views (prices, correlations) use the
    merged calendar, keeping only dates where every series has data.

    Args:
        * prices (Series): Multiple price series to be compared.
        * annualization_factor (float): Annualization factor used for each series.

    Attributes:
        * stats (DataFrame): Dataframe containing stats for each
            series provided.  Stats in rows, series in columns.
        * lookback_returns (DataFrame): Returns for diffrent
            lookback periods (1m, 3m, 6m, ytd...)
            Period in rows, series in columns.
        * prices (DataFrame): The merged and rebased prices.

    """

    def __init__(self, *prices, annualization_factor=None):
        self._annualization_factor_override = annualization_factor
        names = []
        for p in prices:
            if isinstance(p, pd.DataFrame):
                names.extend(p.columns)
            elif isinstance(p, pd.Series):
                names.append(p.name)
            else:
                print("else")
                names.append(getattr(p, "name", "n/a"))
        self._names = names

        # store original prices with each series' own calendar, and the
        # merged intersection used for cross-sectional views
        self._prices_full = merge(*prices)
        self._prices = self._prices_full.dropna()

        # proper ordering
        self._prices = self._prices[self._names]
        self._prices_full = self._prices_full[self._names]

        # check for duplicate columns
        if len(self._prices.columns) != len(set(self._prices.columns)):
            raise ValueError(
                "One or more data series provided",
                "have same name! Please provide unique names",
            )

        # Keep the full available range so set_date_range() can restore
        # observations outside the shared cross-sectional calendar.
        self._start = self._prices_full.first_valid_index()
        self._end = self._prices_full.last_valid_index()
        # calculate stats for entire series
        self._update(self._prices, self._prices_full)

    def __getitem__(self, key):
        if isinstance(key, int):
            # if type(key) == int:
            return self[self._names[key]]
        else:
            return self.get(key)

    def _update(self, data, full_data=None):
        self._calculate(data, full_data)
        self._update_stats()

    def _calculate(self, data, full_data=None):
        self.prices = data
        # build each series' stats from its own observations so that rows
        # missing in one series are not silently dropped from the others
        if full_data is None:
            full_data = data
        for c in data.columns:
            prc = full_data[c].dropna()
            self[c] = PerformanceStats(prc, annualization_factor=self._annualization_factor_override)

    def _stats(self):
        stats = [
            ("start", "Start", "dt"),
            ("end", "End", "dt"),
            ("rf", "Risk-free rate", "p"),
            (None, None, None),
            ("total_return", "Total Return", "p"),
            ("daily_sharpe", "Daily Sharpe", "n"),
            ("daily_sortino", "Daily Sortino", "n"),
            ("cagr", "CAGR", "p"),
            ("max_drawdown", "Max Drawdown", "p"),
            ("calmar", "Calmar Ratio", "n"),
            (None, None, None),
            ("mtd", "MTD", "p"),
            ("three_month", "3m", "p"),
            ("six_month", "6m", "p"),
            ("ytd", "YTD", "p"),
            ("one_year", "1Y", "p"),
            ("three_year", "3Y (ann.)", "p"),
            ("five_year", "5Y (ann.)", "p"),
            ("ten_year", "10Y (ann.)", "p"),
            ("incep", "Since Incep. (ann.)", "p"),
            (None, None, None),
            ("daily_sharpe", "Daily Sharpe", "n"),
            ("daily_sortino", "Daily Sortino", "n"),
            ("daily_mean", "Daily Mean (ann.)", "p"),
            ("daily_vol", "Daily Vol (ann.)", "p"),
            ("daily_skew", "Daily Skew", "n"),
            ("daily_kurt", "Daily Kurt", "n"),
            ("best_day", "Best Day", "p"),
            ("worst_day", "Worst Day", "p"),
            (None, None, None),
            ("monthly_sharpe", "Monthly Sharpe", "n"),
            ("monthly_sortino", "Monthly Sortino", "n"),
            ("monthly_mean", "Monthly Mean (ann.)", "p"),
            ("monthly_vol", "Monthly Vol (ann.)", "p"),
            ("monthly_skew", "Monthly Skew", "n"),
            ("monthly_kurt", "Monthly Kurt", "n"),
            ("best_month", "Best Month", "p"),
            ("worst_month", "Worst Month", "p"),
            (None, None, None),
            ("yearly_sharpe", "Yearly Sharpe", "n"),
            ("yearly_sortino", "Yearly Sortino", "n"),
            ("yearly_mean", "Yearly Mean", "p"),
            ("yearly_vol", "Yearly Vol", "p"),
            ("yearly_skew", "Yearly Skew", "n"),
            ("yearly_kurt", "Yearly Kurt", "n"),
            ("best_year", "Best Year", "p"),
            ("worst_year", "Worst Year", "p"),
            (None, None, None),
            ("avg_drawdown", "Avg. Drawdown", "p"),
            ("avg_drawdown_days", "Avg. Drawdown Days", "n"),
            ("avg_up_month", "Avg. Up Month", "p"),
            ("avg_down_month", "Avg. Down Month", "p"),
            ("win_year_perc", "Win Year %", "p"),
            ("twelve_month_win_perc", "Win 12m %", "p"),
        ]

        return stats

    def _update_stats(self):
        # lookback returns dataframe
        self.lookback_returns = pd.DataFrame({x.lookback_returns.name: x.lookback_returns for x in self.values()})

        self.stats = pd.DataFrame({x.name: x.stats for x in self.values()})

    def _get_default_plot_title(self, freq, kind):
        if freq is None:
            return kind
        else:
            return f"{get_freq_name(freq)} {kind}"

    def set_riskfree_rate(self, rf):
        """
        Set annual `risk-free rate <https://www.investopedia.com/terms/r/risk-freerate.asp>`_ property and calculate properly annualized
        monthly and daily rates. Then performance stats are recalculated.
        Affects only those instances of PerformanceStats that are children of
        this GroupStats object.

        Args:
            * rf (float, Series): Annual risk-free rate or risk-free rate *price*
                series (not returns)
        """

        for key in self._names:
            self[key].set_riskfree_rate(rf)

        # calculate stats for entire series
        self._update_stats()

    def set_date_range(self, start=None, end=None):
        """
        Update date range of stats, charts, etc. If None then
        the original date range is used. So to reset to the original
        range, just call with no args.

        Args:
            * start (date): start date
            * end (end): end date
        """
        start = self._start if start is None else pd.to_datetime(start)
        end = self._end if end is None else pd.to_datetime(end)
        self._update(self._prices.loc[start:end], self._prices_full.loc[start:end])


    def display_lookback_returns(self):
        """
        Displays the current lookback returns for each series.
        """
        return self.lookback_returns.apply(lambda x: x.map("{:,.2%}".format), axis=1)

    def plot(self, freq=None, figsize=(15, 5), title=None, logy=False, **kwargs):
        """
        Helper function for plotting the series.

        Args:
            * freq (str): Data frequency used for display purposes.
                Refer to pandas docs for valid freq strings.
            * figsize ((x,y)): figure size
            * title (str): Title if default not appropriate
            * logy (bool): log-scale for y axis
            * kwargs: passed to pandas' plot method

        """

        if title is None:
            title = self._get_default_plot_title(freq, "Equity Progression")

        ser = self._get_series(freq).rebase()
        return ser.plot(figsize=figsize, logy=logy, title=title, **kwargs)



    def plot_correlation(self, freq=None, title=None, figsize=(12, 6), **kwargs):
        """
        Utility function to plot correlations.

        Args:
            * freq (str): Pandas data frequency alias string
            * title (str): Plot title
            * figsize (tuple (x,y)): figure size
            * kwargs: passed to Pandas' plot_corr_heatmap function

        """
        if title is None:
            title = self._get_default_plot_title(freq, "Return Correlation Matrix")

        rets = self._get_series(freq).to_returns().dropna()
        return rets.plot_corr_heatmap(title=title, figsize=figsize, **kwargs)

    def _get_series(self, freq):
        if freq is None:
            return self.prices

        if freq == "y":
            freq = "a"
        return self.prices.asfreq(freq, "ffill")



def to_returns(prices):
    """
    Calculates the simple arithmetic returns of a price series.

    Formula is: (t1 / t0) - 1

    Args:
        * prices: Expects a price series

    """
    return prices / prices.shift(1) - 1


def to_log_returns(prices):
    """
    Calculates the log returns of a price series.

    Formula is: ln(p1/p0)

    Args:
        * prices: Expects a price series

    """
    return np.log1p(prices.pct_change())


def to_price_index(returns, start=100):
    """
    Returns a price index given a series of returns.

    Args:
        * returns: Expects a return series
        * start (number): Starting level

    Assumes arithmetic returns.

    The first value of the returned price index is always ``start``.
    When the return series begins with NaN (as produced by
    :func:`to_returns`), the NaN position is replaced by ``start`` and
    the output length equals the input length.  Otherwise ``start`` is
    prepended so that every return is reflected in the prices and the
    round-trip ``to_returns(to_price_index(r))`` recovers *r*.

    Formula is: start, start * cumprod(1+r)
    """
    r = returns.replace(to_replace=np.nan, value=0)
    cp = (1 + r).cumprod() * start

    # If the first return was NaN (e.g. from to_returns()), the replace
    # already turned it into 0 so cp starts at ``start``.  Just return.
    if isinstance(returns, pd.DataFrame):
        has_leading_nan = returns.iloc[0].isna().any()
    else:
        has_leading_nan = np.isnan(returns.iloc[0])

    if has_leading_nan:
        return cp

    # No leading NaN – prepend ``start`` so the first price equals start.
    start_index = cp.index[0]
    if isinstance(cp.index, pd.DatetimeIndex):
        frequency = cp.index.freq
        if frequency is None and len(cp.index) >= 3:
            frequency = pd.infer_freq(cp.index)
        if frequency is not None:
            start_index -= pd.tseries.frequencies.to_offset(frequency)
        elif len(cp.index) > 1:
            start_index -= cp.index[1] - cp.index[0]
        else:
            start_index -= pd.Timedelta(days=1)

    if isinstance(cp, pd.DataFrame):
        start_row = pd.DataFrame({c: [start] for c in cp.columns}, index=[start_index])
    else:
        start_row = pd.Series([start], index=[start_index], name=cp.name)

    return pd.concat([start_row, cp])


def rebase(prices, value=100):
    """
    Rebase all series to a given intial value.

    This makes comparing/plotting different series
    together easier.

    Args:
        * prices: Expects a price series
        * value (number): starting value for all series.

    """
    return prices / prices.iloc[0] * value


def calc_perf_stats(prices, risk_free_rate=0.0, annualization_factor=252):
    """
    Calculates the performance statistics given an object.
    The object should be a Series of prices.

    A PerformanceStats object will be returned containing all the stats.

    Args:
        * prices (Series): Series of prices
        * risk_free_rate (float, Series): Annual risk-free rate or risk-free rate price series
        * annualization_factor (int): Annualizing factor. Default is 252 (trading days)

    """
    return PerformanceStats(prices, rf=risk_free_rate, annualization_factor=annualization_factor)


def calc_stats(prices, annualization_factor=None):
    """
    Calculates performance stats of a given object.

    If object is Series, a PerformanceStats object is
    returned. If object is DataFrame, a GroupStats object
    is returned.

    Args:
        * prices (Series, DataFrame): Set of prices
        * annualization_factor (float): Annualization factor used in calculations
    """
    if isinstance(prices, pd.Series):
        return PerformanceStats(prices, annualization_factor=annualization_factor)
    elif isinstance(prices, pd.DataFrame):
        return GroupStats(
            *[prices[x] for x in prices.columns],
            annualization_factor=annualization_factor,
        )
    else:
        raise NotImplementedError("Unsupported type")


def to_drawdown_series(prices):
    """
    Calculates the `drawdown <https://www.investopedia.com/terms/d/drawdown.asp>`_ series.

    This returns a series representing a drawdown.
    When the price is at all time highs, the drawdown
    is 0. However, when prices are below high water marks,
    the drawdown series = current / hwm - 1

    The max drawdown can be obtained by simply calling .min()
    on the result (since the drawdown series is negative)

    Method ignores all gaps of NaN's in the price series.

    Args:
        * prices (Series or DataFrame): Series of prices.

    """
    # make a copy so that we don't modify original data
    drawdown = prices.copy()

    # Fill NaN's with previous values
    drawdown = drawdown.ffill()

    # Ignore problems with NaN's in the beginning
    drawdown[pd.isna(drawdown)] = -np.inf

    # Rolling maximum
    if isinstance(drawdown, pd.DataFrame):
        roll_max = pd.DataFrame()
        for col in drawdown:
            roll_max[col] = np.maximum.accumulate(drawdown[col])
    else:
        roll_max = np.maximum.accumulate(drawdown)

    drawdown = drawdown / roll_max - 1.0
    return drawdown


def calc_mtd(daily_prices, monthly_prices):
    """
    Calculates mtd return of a price series.
    Use daily_prices if prices are only available from same month
    else use monthly_prices
    """
    if len(monthly_prices) == 1:
        return daily_prices.iloc[-1] / daily_prices.iloc[0] - 1
    else:
        return daily_prices.iloc[-1] / monthly_prices.iloc[-2] - 1


def calc_ytd(daily_prices, yearly_prices):
    """
    Calculates ytd return of a price series.
    Use daily_prices if prices are only available from same year
    else use yearly_prices
    """
    if len(yearly_prices) == 1:
        return daily_prices.iloc[-1] / daily_prices.iloc[0] - 1
    else:
        return daily_prices.iloc[-1] / yearly_prices.iloc[-2] - 1


def calc_max_drawdown(prices):
    """
    Calculates the max drawdown of a price series. If you want the
    actual drawdown series, please use to_drawdown_series.
    """
    return (prices / prices.expanding(min_periods=1).max()).min() - 1


def drawdown_details(drawdown, index_type=pd.DatetimeIndex):
    """
    Returns a data frame with start, end, days (duration) and
    drawdown for each drawdown in a drawdown series.

    .. note::

        days are actual calendar days, not trading days

    Args:
        * drawdown (pandas.Series): A drawdown Series
            (can be obtained w/ drawdown(prices).
    Returns:
        * pandas.DataFrame -- A data frame with the following
            columns: start, end, days, drawdown.

    """

    is_zero = drawdown == 0
    # find start dates (first day where dd is non-zero after a zero)
    start = ~is_zero & is_zero.shift(1)
    start = list(start[start == True].index)

    # find end dates (first day where dd is 0 after non-zero)
    end = is_zero & (~is_zero).shift(1)
    end = list(end[end == True].index)

    if len(start) == 0:  # start.empty
        return None

    # drawdown has no end (end period in dd)
    if len(end) == 0:  # end.empty
        end.append(drawdown.index[-1])

    # if the first drawdown start is larger than the first drawdown end it
    # means the drawdown series begins in a drawdown and therefore we must add
    # the first index to the start series
    if start[0] > end[0]:
        start.insert(0, drawdown.index[0])

    # if the last start is greater than the end then we must add the last index
    # to the end series since the drawdown series must finish with a drawdown
    if start[-1] > end[-1]:
        end.append(drawdown.index[-1])

    result = pd.DataFrame(columns=("Start", "End", "Length", "drawdown"), index=range(len(start)))

    for i in range(len(start)):
        dd = drawdown[start[i] : end[i]].min()

        if index_type is pd.DatetimeIndex:
            result.iloc[i] = (start[i], end[i], (end[i] - start[i]).days, dd)
        else:
            result.iloc[i] = (start[i], end[i], (end[i] - start[i]), dd)

    return result


def calc_cagr(prices):
    """
    Calculates the `CAGR (compound annual growth rate) <https://www.investopedia.com/terms/c/cagr.asp>`_ for a given price series.

    Args:
        * prices (pandas.Series): A Series of prices.
    Returns:
        * float -- cagr.

    """
    start = prices.index[0]
    end = prices.index[-1]
    return (prices.iloc[-1] / prices.iloc[0]) ** (1 / year_frac(start, end)) - 1






def calc_information_ratio(returns, benchmark_returns):
    """
    Calculates the `Information ratio <https://www.investopedia.com/terms/i/informationratio.asp>`_ (or `from Wikipedia <http://en.wikipedia.org/wiki/Information_ratio>`_).
    """
    if isinstance(returns, pd.DataFrame) and isinstance(benchmark_returns, pd.Series):
        diff_rets = returns.sub(benchmark_returns, axis="index")
    else:
        diff_rets = returns - benchmark_returns
    diff_std = diff_rets.std(ddof=1)

    if isinstance(diff_std, pd.Series):
        result = pd.Series(0.0, index=diff_std.index)
        valid = diff_std.notna() & diff_std.ne(0)
        result.loc[valid] = np.divide(diff_rets.mean().loc[valid], diff_std.loc[valid])
        return result

    if pd.isna(diff_std) or diff_std == 0:
        return 0.0

    return np.divide(diff_rets.mean(), diff_std)




def calc_total_return(prices):
    """
    Calculates the total return of a series.

    last / first - 1
    """
    return (prices.iloc[-1] / prices.iloc[0]) - 1


def year_frac(start, end):
    """
    Similar to excel's yearfrac function. Returns
    a year fraction between two dates (i.e. 1.53 years).

    Approximation using the average number of seconds
    in a year.

    Args:
        * start (datetime): start date
        * end (datetime): end date

    """
    if start > end:
        raise ValueError("start cannot be larger than end")

    # obviously not perfect but good enough
    return (end - start).total_seconds() / (31557600)


def merge(*series):
    """
    Merge Series and/or DataFrames together.

    Returns a DataFrame.
    """
    dfs = []
    for s in series:
        if isinstance(s, pd.DataFrame):
            dfs.append(s)
        elif isinstance(s, pd.Series):
            tmpdf = pd.DataFrame({s.name: s})
            dfs.append(tmpdf)
        else:
            raise NotImplementedError("Unsupported merge type")

    return pd.concat(dfs, axis=1)


def drop_duplicate_cols(df):
    """
    Removes duplicate columns from a dataframe
    and keeps column w/ longest history
    """
    names = set(df.columns)
    for n in names:
        if len(df[n].shape) > 1:
            # get subset of df w/ colname n
            sub = df[n]
            # make unique colnames
            sub.columns = [f"{n}-{x}" for x in range(sub.shape[1])]
            # get colname w/ max # of data
            keep = sub.count().idxmax()
            # drop all columns of name n from original df
            del df[n]
            # update original df w/ longest col with name n
            df[n] = sub[keep]

    return df


def to_monthly(series, method="ffill", how="end"):
    """
    Convenience method that wraps asfreq_actual
    with 'M' param (method='ffill', how='end').
    """
    return series.asfreq_actual(_MonthEnd, method=method, how=how)




def calc_inv_vol_weights(returns):
    """
    Calculates weights proportional to inverse volatility of each column.

    Returns weights that are inversely proportional to the column's
    volatility resulting in a set of portfolio weights where each position
    has the same level of volatility.

    Note, that assets with returns all equal to NaN or 0 are excluded from
    the portfolio (their weight is set to NaN).

    Returns:
        Series {col_name: weight}
    """
    # calc vols
    vol = (1.0 / returns.std(ddof=1)).astype(float)
    vol[np.isinf(vol)] = np.nan
    volsum = vol.sum()
    return vol / volsum






def _erc_weights_ccd(x0, cov, b, maximum_iterations, tolerance):
    """
    Calculates the equal risk contribution / risk parity weights given
    a DataFrame of returns.

    Args:
        * x0 (np.array): Starting asset weights.
        * cov (np.array): covariance matrix.
        * b (np.array): Risk target weights.
        * maximum_iterations (int): Maximum iterations in iterative solutions.
        * tolerance (float): Tolerance level in iterative solutions.

    Returns:
        np.array {weight}

    Reference:
        Griveau-Billion, Theophile and Richard, Jean-Charles and Roncalli,
        Thierry, A Fast Algorithm for Computing High-Dimensional Risk Parity
        Portfolios (2013).
        Available at SSRN: https://ssrn.com/abstract=2325255

    """
    n = len(x0)
    x = x0.copy()
    var = np.diagonal(cov)
    ctr = cov.dot(x)
    sigma_x = np.sqrt(x.T.dot(ctr))

    for iteration in range(maximum_iterations):
        for i in range(n):
            alpha = var[i]
            beta = ctr[i] - x[i] * alpha
            gamma = -b[i] * sigma_x

            x_tilde = (-beta + np.sqrt(beta * beta - 4 * alpha * gamma)) / (2 * alpha)
            x_i = x[i]

            ctr = ctr - cov[i] * x_i + cov[i] * x_tilde
            sigma_x = sigma_x * sigma_x - 2 * x_i * cov[i].dot(x) + x_i * x_i * var[i]
            x[i] = x_tilde
            sigma_x = np.sqrt(sigma_x + 2 * x_tilde * cov[i].dot(x) - x_tilde * x_tilde * var[i])

        # check convergence
        if np.power((x - x0) / x.sum(), 2).sum() < tolerance:
            return x / x.sum()

        x0 = x.copy()

    # no solution found
    raise ValueError(f"No solution found after {maximum_iterations} iterations.")




def get_num_days_required(offset, period="d", perc_required=0.90, annualization_factor=252):
    """
    Estimates the number of days required to assume that data is OK.

    Helper function used to determine if there are enough "good" data
    days over a given period.

    Args:
        * offset (DateOffset): Offset (lookback) period.
        * period (str): Period string.
        * perc_required (float): percentage of number of days
            expected required.

    """
    x = pd.to_datetime("2010-01-01")
    delta = x - (x - offset)
    # convert to 'trading days' - rough guestimate
    days = delta.days * 0.69

    if period == "d":
        req = days * perc_required
    elif period == "m":
        req = (days / 20) * perc_required
    elif period == "y":
        req = (days / annualization_factor) * perc_required
    else:
        raise NotImplementedError("period not supported. Supported periods are d, m, y")

    return req




def calc_ftca(returns, threshold=0.5):
    """
    Implementation of David Varadi's `Fast Threshold Clustering Algorithm (FTCA) <http://cssanalytics.wordpress.com/2013/11/26/fast-threshold-clustering-algorithm-ftca/>`_.

    http://cssanalytics.wordpress.com/2013/11/26/fast-threshold-clustering-algorithm-ftca/  # NOQA

    More stable than k-means for clustering purposes.
    If you want more clusters, use a higher threshold.

    Args:
        * returns - expects a pandas dataframe of returns where
            each column is the name of a given security.
        * threshold (float): Threshold parameter - use higher value
            for more clusters. Basically controls how similar
            (correlated) series have to be.
    Returns:
        dict of cluster name (a number) and list of securities in cluster

    """
    # cluster index (name)
    i = 0
    # correlation matrix
    corr = returns.corr()
    # remaining securities to cluster
    remain = list(corr.index.copy())
    n = len(remain)
    res = {}

    while n > 0:
        # if only one left then create cluster and finish
        if n == 1:
            i += 1
            res[i] = remain
            n = 0
        # if not then we have some work to do
        else:
            # filter down correlation matrix to current remain
            cur_corr = corr[remain].loc[remain]
            # get mean correlations, ordered
            mc = cur_corr.mean().sort_values()
            # get lowest and highest mean correlation
            low = mc.index[0]
            high = mc.index[-1]

            # case if corr(high,low) > threshold
            if corr[high][low] > threshold:
                i += 1

                # new cluster for high and low
                res[i] = [low, high]
                remain.remove(low)
                remain.remove(high)

                rmv = []
                for x in remain:
                    avg_corr = (corr[x][high] + corr[x][low]) / 2.0
                    if avg_corr > threshold:
                        res[i].append(x)
                        rmv.append(x)
                [remain.remove(x) for x in rmv]

                n = len(remain)

            # otherwise we are creating two clusters - one for high
            # and one for low
            else:
                # add cluster with HC
                i += 1
                res[i] = [high]
                remain.remove(high)
                remain.remove(low)

                rmv = []
                for x in remain:
                    if corr[x][high] > threshold:
                        res[i].append(x)
                        rmv.append(x)
                [remain.remove(x) for x in rmv]

                i += 1
                res[i] = [low]

                rmv = []
                for x in remain:
                    if corr[x][low] > threshold:
                        res[i].append(x)
                        rmv.append(x)
                [remain.remove(x) for x in rmv]

                n = len(remain)

    return res


def limit_weights(weights, limit=0.1):
    """
    Limits weights and redistributes excedent amount
    proportionally.

    ex:
        - weights are {a: 0.7, b: 0.2, c: 0.1}
        - call with limit=0.5
        - excess 0.2 in a is ditributed to b and c
            proportionally.
            - result is {a: 0.5, b: 0.33, c: 0.167}

    Args:
        * weights (Series): A series describing the weights
        * limit (float): Maximum weight allowed
    """
    if 1.0 / limit > len(weights):
        raise ValueError("invalid limit -> 1 / limit must be <= len(weights)")

    if isinstance(weights, dict):
        weights = pd.Series(weights)

    if np.round(weights.sum(), 1) != 1.0:
        raise ValueError(f"Expecting weights (that sum to 1) - sum is {weights.sum()}")

    res = np.round(weights.copy(), 4)
    to_rebalance = (res[res > limit] - limit).sum()

    ok = res[res < limit]
    ok += (ok / ok.sum()) * to_rebalance

    res[res > limit] = limit
    res[res < limit] = ok

    if any(x > limit for x in res):
        return limit_weights(res, limit=limit)

    return res


def random_weights(n, bounds=(0.0, 1.0), total=1.0):
    """
    Generate pseudo-random weights.

    Returns a list of random weights that is of length
    n, where each weight is in the range bounds, and
    where the weights sum up to total.

    Useful for creating random portfolios when benchmarking.

    Args:
        * n (int): number of random weights
        * bounds ((low, high)): bounds for each weight
        * total (float): total sum of the weights

    """
    low = bounds[0]
    high = bounds[1]

    if high < low:
        raise ValueError("Higher bound must be greater or equal to lower bound")

    if n * high < total or n * low > total:
        raise ValueError("solution not possible with given n and bounds")

    w = [0] * n
    tgt = -float(total)

    for i in range(n):
        rn = n - i - 1
        rhigh = rn * high
        rlow = rn * low

        lowb = max(-rhigh - tgt, low)
        highb = min(-rlow - tgt, high)

        rw = random.uniform(lowb, highb)
        w[i] = rw

        tgt += rw

    random.shuffle(w)
    return w






def rollapply(data, window, fn):
    """
    Apply a function fn over a rolling window of size window.

    Args:
        * data (Series or DataFrame): Series or DataFrame
        * window (int): Window size
        * fn (function): Function to apply over the rolling window.
            For a series, the return value is expected to be a single
            number. For a DataFrame, it shuold return a new row.

    Returns:
        * Object of same dimensions as data
    """
    res = data.copy().astype(float)
    res[:] = np.nan
    n = len(data)

    if window > n:
        return res

    for i in range(window - 1, n):
        res.iloc[i] = fn(data.iloc[i - window + 1 : i + 1])

    return res






def rescale(x, min=0.0, max=1.0, axis=0):
    """
    Rescale values to fit a certain range [min, max]
    """

    def innerfn(x, min, max):
        return np.interp(x, [np.min(x), np.max(x)], [min, max])

    if isinstance(x, pd.DataFrame):
        return x.apply(
            innerfn,
            axis=axis,
            args=(
                min,
                max,
            ),
        )
    else:
        return pd.Series(innerfn(x, min, max), index=x.index)


def annualize(returns, durations, one_year=365.0):
    """
    Annualize returns using their respective durations.

    Formula used is:
        (1 + returns) ** (1 / (durations / one_year)) - 1

    """
    return np.power(1.0 + returns, 1.0 / (durations / one_year)) - 1.0






def _whole_periods_str_to_nperiods(freq, annualization_factor=None):
    annualization_factor = TRADING_DAYS_PER_YEAR if annualization_factor is None else annualization_factor
    if freq in ("Y", "A"):
        return 1
    if freq == "M":
        return 12
    if freq == "D":
        return annualization_factor
    if freq in ("H", "h"):
        return annualization_factor * 24
    if freq == "T":
        return annualization_factor * 24 * 60
    if freq in ("S", "s"):
        return annualization_factor * 24 * 60 * 60
    return None








def calc_calmar_ratio(prices):
    """
    Calculates the `Calmar ratio <https://www.investopedia.com/terms/c/calmarratio.asp>`_ given a series of prices

    Args:
        * prices (Series, DataFrame): Price series

    """
    return np.divide(prices.calc_cagr(), abs(prices.calc_max_drawdown()))


def to_ulcer_index(prices):
    """
    Calculates the Ulcer Index for a series of investment returns.

    Converts from prices -> `Ulcer index <https://www.investopedia.com/terms/u/ulcerindex.asp>`_

    See https://en.wikipedia.org/wiki/Ulcer_index

    Args:
        prices (pandas.Series or numpy.ndarray): A series of investment returns.

    Returns:
        float: The Ulcer Index.
    """

    # calculate the maximum value seen so far at each point in time
    max_values = np.maximum.accumulate(prices)

    # calculate the drawdowns relative to the maximum values
    drawdowns = ((prices - max_values) / max_values) * 100

    # calculate the squared drawdowns
    squared_drawdowns = np.square(drawdowns)

    # calculate the average of the squared drawdowns
    avg_squared_drawdowns = np.mean(squared_drawdowns)

    # calculate the square root of the average squared drawdowns
    ulcer_index = np.sqrt(avg_squared_drawdowns)
    return ulcer_index










