# source: twopirllc/pandas-ta pandas_ta/trend/vortex.py b465491f226d9e07fffd4e59cd0affc9284521ca
# changes: dropped imports: unresolvable package import pandas_ta.volatility.true_range | inlined same-package definitions: get_drift, get_offset, verify_series | removed code needing dropped imports: vortex, vortex
# -*- coding: utf-8 -*-
from pandas import DataFrame




