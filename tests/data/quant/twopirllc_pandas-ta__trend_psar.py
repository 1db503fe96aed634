# source: twopirllc/pandas-ta pandas_ta/trend/psar.py b465491f226d9e07fffd4e59cd0affc9284521ca
# changes: dropped imports: unresolvable package import pandas_ta.utils.zero | inlined same-package definitions: get_offset, verify_series | removed code needing dropped imports: psar, psar
# -*- coding: utf-8 -*-
from numpy import nan as npNaN
from pandas import DataFrame, Series

# ---- inlined from the same package ----
from pandas import Series
# from pandas_ta.utils._core
def get_offset(x: int) -> int:
    """Returns an int, otherwise defaults to zero."""
    return int(x) if isinstance(x, int) else 0

# from pandas_ta.utils._core
def verify_series(series: Series, min_length: int = None) -> Series:
    """If a Pandas Series and it meets the min_length of the indicator return it."""
    has_length = min_length is not None and isinstance(min_length, int)
    if series is not None and isinstance(series, Series):
        return None if has_length and series.size < min_length else series

# ---- end inlined ----




