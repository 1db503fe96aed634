# source: pmorissette/ffn ffn/utils.py ed266d254c1ecf2b6cc1e1e8a4f3e94cb5feb5d0
# changes: dropped imports: import pickle; import decorator; from packaging.version import Version | removed code needing dropped imports: _memoize, memoize, as_format, as_percent
from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd






def parse_arg(arg: str | list[str] | tuple[str]):
    """
    Parses arguments for convenience. Argument can be a
    csv list ('a,b,c'), a string, a list, a tuple.

    Returns a list.
    """
    # handle string input
    if isinstance(arg, str):
        arg = arg.strip()
        # parse csv as tickers and create children
        if "," in arg:
            arg = arg.split(",")
            arg = [x.strip() for x in arg]
        # assume single string - create single item list
        else:
            arg = [arg]

    return arg


def clean_ticker(ticker: str) -> str:
    """
    Cleans a ticker for easier use throughout MoneyTree

    Splits by space and only keeps first bit. Also removes
    any characters that are not letters. Returns as lowercase.

    >>> clean_ticker('^VIX')
    'vix'
    >>> clean_ticker('SPX Index')
    'spx'
    """
    pattern = re.compile("[\\W_]+")
    res = pattern.sub("", ticker.split(" ")[0])
    return res.lower()


def clean_tickers(tickers: Sequence[str]) -> list[str]:
    """
    Maps clean_ticker over tickers.
    """
    return [clean_ticker(x) for x in tickers]


def fmtp(number: float) -> str:
    """
    Formatting helper - percent
    """
    if pd.isna(number):
        return "-"
    return format(number, ".2%")


def fmtpn(number: float) -> str:
    """
    Formatting helper - percent no % sign
    """
    if pd.isna(number):
        return "-"
    return format(number * 100, ".2f")


def fmtn(number: float) -> str:
    """
    Formatting helper - float
    """
    if pd.isna(number):
        return "-"
    return format(number, ".2f")


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


def scale(val: float, src: Sequence[float], dst: Sequence[float]) -> float:
    """
    Scale value from src range to dst range.
    If value outside bounds, it is clipped and set to
    the low or high bound of dst.

    Ex:
        scale(0, (0.0, 99.0), (-1.0, 1.0)) == -1.0
        scale(-5, (0.0, 99.0), (-1.0, 1.0)) == -1.0

    """
    if val < src[0]:
        return dst[0]
    if val > src[1]:
        return dst[1]

    return ((val - src[0]) / (src[1] - src[0])) * (dst[1] - dst[0]) + dst[0]




