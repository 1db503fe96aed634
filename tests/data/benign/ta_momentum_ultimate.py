# Source: https://github.com/bukosabino/ta ta/momentum.py (indicator class) and ta/utils.py
#         (IndicatorMixin, _ema, _sma), MIT licence, Dario Lopez Padial.
# Adapted: classes copied as published; the relative imports are inlined and a
#          synthetic-price harness (numpy default_rng) replaces the CSV input.
"""
.. module:: momentum
   :synopsis: Momentum Indicators.

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


class UltimateOscillator(IndicatorMixin):
    """Ultimate Oscillator

    Larry Williams' (1976) signal, a momentum oscillator designed to capture
    momentum across three different timeframes.

    http://stockcharts.com/school/doku.php?id=chart_school:technical_indicators:ultimate_oscillator

    BP = Close - Minimum(Low or Prior Close).
    TR = Maximum(High or Prior Close)  -  Minimum(Low or Prior Close)
    Average7 = (7-period BP Sum) / (7-period TR Sum)
    Average14 = (14-period BP Sum) / (14-period TR Sum)
    Average28 = (28-period BP Sum) / (28-period TR Sum)

    UO = 100 x [(4 x Average7)+(2 x Average14)+Average28]/(4+2+1)
    """

    def __init__(
            self,
            high: pd.Series,
            low: pd.Series,
            close: pd.Series,
            window1: int = 7,
            window2: int = 14,
            window3: int = 28,
            weight1: float = 4.0,
            weight2: float = 2.0,
            weight3: float = 1.0,
            fillna: bool = False,
    ):
        self._high = high
        self._low = low
        self._close = close
        self._window1 = window1
        self._window2 = window2
        self._window3 = window3
        self._weight1 = weight1
        self._weight2 = weight2
        self._weight3 = weight3
        self._fillna = fillna
        self._run()

    def _run(self):
        close_shift = self._close.shift(1)
        true_range = self._true_range(self._high, self._low, close_shift)
        buying_pressure = self._close - pd.DataFrame(
            {"low": self._low, "close": close_shift}
        ).min(axis=1, skipna=False)
        min_periods_s = 0 if self._fillna else self._window1
        min_periods_m = 0 if self._fillna else self._window2
        min_periods_len = 0 if self._fillna else self._window3
        avg_s = (
                buying_pressure.rolling(self._window1, min_periods=min_periods_s).sum()
                / true_range.rolling(self._window1, min_periods=min_periods_s).sum()
        )
        avg_m = (
                buying_pressure.rolling(self._window2, min_periods=min_periods_m).sum()
                / true_range.rolling(self._window2, min_periods=min_periods_m).sum()
        )
        avg_l = (
                buying_pressure.rolling(self._window3, min_periods=min_periods_len).sum()
                / true_range.rolling(self._window3, min_periods=min_periods_len).sum()
        )
        self._uo = (
                100.0
                * (
                        (self._weight1 * avg_s)
                        + (self._weight2 * avg_m)
                        + (self._weight3 * avg_l)
                )
                / (self._weight1 + self._weight2 + self._weight3)
        )

    def ultimate_oscillator(self) -> pd.Series:
        """Ultimate Oscillator

        Returns:
            pandas.Series: New feature generated.
        """
        ultimate_osc = self._check_fillna(self._uo, value=50)
        return pd.Series(ultimate_osc, name="uo")


def make_ohlcv(seed: int = 18, periods: int = 500) -> pd.DataFrame:
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
    uo = UltimateOscillator(df["high"], df["low"], df["close"]).ultimate_oscillator()
    print(json.dumps({"uo": _last(uo), "oversold_days": int((uo < 30).sum())}))

