# Source: https://github.com/bukosabino/ta ta/trend.py (indicator class) and ta/utils.py
#         (IndicatorMixin, _ema, _sma), MIT licence, Dario Lopez Padial.
# Adapted: classes copied as published; the relative imports are inlined and a
#          synthetic-price harness (numpy default_rng) replaces the CSV input.
"""
.. module:: trend
   :synopsis: Trend Indicators.

.. moduleauthor:: Dario Lopez Padial (Bukosabino)

"""
import json

import numpy as np
import pandas as pd


class IndicatorMixin:
    """Util mixin indicator class"""

    _fillna = False

    def _check_fillna(self, series: pd.Series, value: int = 0) -> pd.Series:
        """Check if fillna flag is True.

        Args:
            series(pandas.Series): calculated indicator series.
            value(int): value to fill gaps; if -1 fill values using 'backfill' mode.

        Returns:
            pandas.Series: New feature generated.
        """
        if self._fillna:
            series_output = series.copy(deep=False)
            series_output = series_output.replace([np.inf, -np.inf], np.nan)
            if isinstance(value, int) and value == -1:
                series = series_output.ffill().bfill()
            else:
                series = series_output.ffill().fillna(value)
        return series

    @staticmethod
    def _true_range(
        high: pd.Series, low: pd.Series, prev_close: pd.Series
    ) -> pd.Series:
        tr1 = high - low
        tr2 = (high - prev_close).abs()
        tr3 = (low - prev_close).abs()
        true_range = pd.DataFrame(data={"tr1": tr1, "tr2": tr2, "tr3": tr3}).max(axis=1)
        return true_range


def _sma(series, periods: int, fillna: bool = False):
    min_periods = 0 if fillna else periods
    return series.rolling(window=periods, min_periods=min_periods).mean()


def _ema(series, periods: int, fillna: bool = False):
    min_periods = 0 if fillna else periods
    return series.ewm(span=periods, min_periods=min_periods, adjust=False).mean()


class WMAIndicator(IndicatorMixin):
    """WMA - Weighted Moving Average

    Args:
        close(pandas.Series): dataset 'Close' column.
        window(int): n period.
        fillna(bool): if True, fill nan values.
    """

    def __init__(self, close: pd.Series, window: int = 9, fillna: bool = False):
        self._close = close
        self._window = window
        self._fillna = fillna
        self._run()

    def _run(self):
        _weight = pd.Series(
            [
                i * 2 / (self._window * (self._window + 1))
                for i in range(1, self._window + 1)
            ]
        )

        def weighted_average(weight):
            def _weighted_average(x):
                return (weight * x).sum()

            return _weighted_average

        self._wma = self._close.rolling(self._window).apply(
            weighted_average(_weight), raw=True
        )

    def wma(self) -> pd.Series:
        """Weighted Moving Average (WMA)

        Returns:
            pandas.Series: New feature generated.
        """
        wma = self._check_fillna(self._wma, value=0)
        return pd.Series(wma, name=f"wma_{self._window}")


def make_ohlcv(seed: int = 35, periods: int = 500) -> pd.DataFrame:
    """Synthetic daily bars (geometric random walk) instead of a CSV download."""
    rng = np.random.default_rng(seed)
    close = 100.0 * np.exp(np.cumsum(rng.normal(0.0003, 0.012, periods)))
    high = close * (1.0 + rng.uniform(0.0, 0.012, periods))
    low = close * (1.0 - rng.uniform(0.0, 0.012, periods))
    volume = rng.integers(10_000, 90_000, periods).astype(float)
    index = pd.date_range("2021-01-04", periods=periods, freq="B")
    return pd.DataFrame(
        {"high": high, "low": low, "close": close, "volume": volume}, index=index
    )


def _last(series: pd.Series) -> float:
    value = series.dropna()
    return round(float(value.iloc[-1]), 6) if len(value) else 0.0


if __name__ == "__main__":
    df = make_ohlcv()
    wma = WMAIndicator(df["close"], window=9).wma()
    print(json.dumps({"wma": _last(wma), "gap": _last(df["close"] - wma)}))

