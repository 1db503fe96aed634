# source: https://github.com/jesse-ai/jesse/blob/682b17148b5e3949e7c850ead207c53968b0ccf2/jesse/indicators/alma.py
# removed: line 5 'from jesse.helpers import ...' (package import); the helpers it names (and CANDLE_SOURCE_MAPPING from jesse/constants.py, same_length, np_shift) are copied verbatim at the end; get_config, which slice_candles calls, is not copied (it needs os and jesse.config)
from typing import Literal, Union, overload

import numpy as np



@overload
def alma(candles: np.ndarray, period: int = ..., sigma: float = ..., distribution_offset: float = ..., source_type: str = ..., sequential: Literal[False] = ...) -> float: ...
@overload
def alma(candles: np.ndarray, period: int = ..., sigma: float = ..., distribution_offset: float = ..., source_type: str = ..., sequential: Literal[True] = ...) -> np.ndarray: ...
@overload
def alma(candles: np.ndarray, period: int = ..., sigma: float = ..., distribution_offset: float = ..., source_type: str = ..., sequential: bool = ...) -> Union[float, np.ndarray]: ...

def alma(candles: np.ndarray, period: int = 9, sigma: float = 6.0, distribution_offset: float = 0.85,
         source_type: str = "close", sequential: bool = False) -> Union[
    float, np.ndarray]:
    """
    ALMA - Arnaud Legoux Moving Average

    :param candles: np.ndarray
    :param period: int - default: 9
    :param sigma: float - default: 6.0
    :param distribution_offset: float - default: 0.85
    :param source_type: str - default: "close"
    :param sequential: bool - default: False

    :return: float | np.ndarray
    """
    if len(candles.shape) == 1:
        source = candles
    else:
        candles = slice_candles(candles, sequential)
        source = get_candle_source(candles, source_type=source_type)

    asize = period - 1
    m = distribution_offset * asize
    s = period / sigma
    dss = 2 * s * s

    wtds = np.exp(-(np.arange(period) - m) ** 2 / dss)
    pnp_array3D = strided_axis0(source, len(wtds))
    res = np.zeros(source.shape)
    res[period - 1:] = np.tensordot(pnp_array3D, wtds, axes=(1, 0))[:]
    res /= wtds.sum()
    res[res == 0] = np.nan


    return res if sequential else res[-1]


def strided_axis0(a, L):
    # Store the shape and strides info
    shp = a.shape
    s = a.strides
    # Compute length of output array along the first axis
    nd0 = shp[0] - L + 1
    # Setup shape and strides for use with np.lib.stride_tricks.as_strided
    # and get (n+1) dim output array
    shp_in = (nd0, L) + shp[1:]
    strd_in = (s[0],) + s
    return np.lib.stride_tricks.as_strided(a, shape=shp_in, strides=strd_in)



# --- copied verbatim from jesse/constants.py ---
CANDLE_SOURCE_MAPPING = {
    "open":    lambda c: c[:, 1],
    "close":   lambda c: c[:, 2],
    "high":    lambda c: c[:, 3],
    "low":     lambda c: c[:, 4],
    "volume":  lambda c: c[:, 5],
    "hl2":     lambda c: (c[:, 3] + c[:, 4]) / 2,
    "hlc3":    lambda c: (c[:, 3] + c[:, 4] + c[:, 2]) / 3,
    "ohlc4":   lambda c: (c[:, 1] + c[:, 3] + c[:, 4] + c[:, 2]) / 4,
}

# --- copied verbatim from jesse/helpers.py ---
def get_candle_source(candles: np.ndarray, source_type: str = "close") -> np.ndarray:
    """
    Returns the candles corresponding to the selected type.
    """
    try:
        return CANDLE_SOURCE_MAPPING[source_type](candles)
    except KeyError:
        raise ValueError(f"Source type '{source_type}' not recognised")


def same_length(bigger: np.ndarray, shorter: np.ndarray) -> np.ndarray:
    return np.concatenate((np.full((bigger.shape[0] - shorter.shape[0]), np.nan), shorter))


def np_shift(arr: np.ndarray, num: int, fill_value=0) -> np.ndarray:
    result = np.empty_like(arr)

    if num > 0:
        result[:num] = fill_value
        result[num:] = arr[:-num]
    elif num < 0:
        result[num:] = fill_value
        result[:num] = arr[-num:]
    else:
        result[:] = arr

    return result


def slice_candles(candles: np.ndarray, sequential: bool) -> np.ndarray:
    warmup_candles_num = get_config('env.data.warmup_candles_num', 240)
    if not sequential and candles.shape[0] > warmup_candles_num:
        candles = candles[-warmup_candles_num:]
    return candles
