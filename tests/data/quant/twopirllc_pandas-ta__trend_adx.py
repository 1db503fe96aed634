# source: twopirllc/pandas-ta pandas_ta/trend/adx.py b465491f226d9e07fffd4e59cd0affc9284521ca
# changes: dropped imports: unresolvable package import pandas_ta.overlap.ma; unresolvable package import pandas_ta.volatility.atr; unresolvable package import pandas_ta.utils.zero | inlined same-package definitions: get_drift, get_offset, verify_series | removed code needing dropped imports: adx, adx
# -*- coding: utf-8 -*-
from pandas import DataFrame




