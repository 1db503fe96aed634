# source: twopirllc/pandas-ta pandas_ta/momentum/stoch.py b465491f226d9e07fffd4e59cd0affc9284521ca
# changes: dropped imports: unresolvable package import pandas_ta.overlap.ma; unresolvable package import pandas_ta.utils.non_zero_range | inlined same-package definitions: get_offset, verify_series | removed code needing dropped imports: stoch, stoch
# -*- coding: utf-8 -*-
from pandas import DataFrame




