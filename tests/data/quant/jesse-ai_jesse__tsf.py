# source: https://github.com/jesse-ai/jesse/blob/682b17148b5e3949e7c850ead207c53968b0ccf2/jesse/indicators/tsf.py
# removed: line 5 'from jesse.helpers import ...' (package import); the helpers it names (and CANDLE_SOURCE_MAPPING from jesse/constants.py, same_length, np_shift) are copied verbatim at the end; get_config, which slice_candles calls, is not copied (it needs os and jesse.config)
from typing import Literal, Union, overload

import numpy as np



@overload
def tsf(candles: np.ndarray, period: int = ..., source_type: str = ..., sequential: Literal[False] = ...) -> float: ...
@overload
def tsf(candles: np.ndarray, period: int = ..., source_type: str = ..., sequential: Literal[True] = ...) -> np.ndarray: ...
@overload
def tsf(candles: np.ndarray, period: int = ..., source_type: str = ..., sequential: bool = ...) -> Union[float, np.ndarray]: ...

def tsf(candles: np.ndarray, period: int = 14, source_type: str = "close", sequential: bool = False) -> Union[
    float, np.ndarray]:
    """
    TSF - Time Series Forecast
    
    A linear regression projection into the future. It calculates a linear regression line 
    using the specified period and projects it forward.

    :param candles: np.ndarray
    :param period: int - default: 14
    :param source_type: str - default: "close"
    :param sequential: bool - default: False

    :return: float | np.ndarray
    """
    candles = slice_candles(candles, sequential)
    source = get_candle_source(candles, source_type=source_type)
    
    if sequential:
        result = np.full_like(source, np.nan)
        if len(source) >= period:
            # Create time indices array
            x = np.arange(period)
            # Calculate means for x
            x_mean = np.mean(x)
            # Calculate denominator term (sum of squared deviations)
            x_diff = x - x_mean
            denominator = np.sum(x_diff ** 2)
            
            # Create sliding windows view of the data
            windows = np.lib.stride_tricks.sliding_window_view(source, period)
            # Calculate means for each window
            y_means = np.mean(windows, axis=1)
            
        # Calculate slopes using vectorized operations
            slopes = np.sum((windows - y_means[:, None]) * x_diff, axis=1) / denominator
            # Calculate intercepts
            intercepts = y_means - slopes * x_mean
            
            # Calculate forecast values
            forecasts = intercepts + slopes * period
            
            # Place forecasts in result array
            result[period-1:] = forecasts
        
        return result
    else:
        # For non-sequential, just calculate the last window
        x = np.arange(period)
        X = np.vstack((np.ones(period), x)).T
        y = source[-period:]
        beta = np.linalg.inv(X.T @ X) @ X.T @ y
        return beta[0] + beta[1] * period



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
