# source: twopirllc/pandas-ta pandas_ta/volume/adosc.py b465491f226d9e07fffd4e59cd0affc9284521ca
# changes: optional talib-style branch with nested import at l.25 (kept else-branch) | dropped imports: unresolvable package import pandas_ta.volume.ad.ad | inlined same-package definitions: ema, get_offset, verify_series | removed code needing dropped imports: adosc, adosc
# -*- coding: utf-8 -*-

# ---- inlined from the same package ----
from numpy import nan as npNaN
# from pandas_ta.overlap.ema
def ema(close, length=None, talib=None, offset=None, **kwargs):
    """Indicator: Exponential Moving Average (EMA)"""
    # Validate Arguments
    length = int(length) if length and length > 0 else 10
    adjust = kwargs.pop("adjust", False)
    sma = kwargs.pop("sma", True)
    close = verify_series(close, length)
    offset = get_offset(offset)
    mode_tal = bool(talib) if isinstance(talib, bool) else True

    if close is None: return

    # Calculate Result
    if sma:
        close = close.copy()
        sma_nth = close[0:length].mean()
        close[:length - 1] = npNaN
        close.iloc[length - 1] = sma_nth
    ema = close.ewm(span=length, adjust=adjust).mean()

    # Offset
    if offset != 0:
        ema = ema.shift(offset)

    # Handle fills
    if "fillna" in kwargs:
        ema.fillna(kwargs["fillna"], inplace=True)
    if "fill_method" in kwargs:
        ema.fillna(method=kwargs["fill_method"], inplace=True)

    # Name & Category
    ema.name = f"EMA_{length}"
    ema.category = "overlap"

    return ema

# ---- end inlined ----




