# source: twopirllc/pandas-ta pandas_ta/volatility/natr.py b465491f226d9e07fffd4e59cd0affc9284521ca
# changes: optional talib-style branch with nested import at l.23 (kept else-branch) | dropped imports: unresolvable package import pandas_ta.volatility.atr.atr | inlined same-package definitions: get_drift, get_offset, verify_series | removed code needing dropped imports: natr, natr
# -*- coding: utf-8 -*-




