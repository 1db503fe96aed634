# source: twopirllc/pandas-ta pandas_ta/volatility/kc.py b465491f226d9e07fffd4e59cd0affc9284521ca
# changes: dropped imports: unresolvable package import pandas_ta.volatility.true_range.true_range; unresolvable package import pandas_ta.overlap.ma; unresolvable package import pandas_ta.utils.high_low_range | inlined same-package definitions: get_offset, verify_series | removed code needing dropped imports: kc, kc
# -*- coding: utf-8 -*-
from pandas import DataFrame




