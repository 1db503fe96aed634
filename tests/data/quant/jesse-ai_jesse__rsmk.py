# source: https://github.com/jesse-ai/jesse/blob/682b17148b5e3949e7c850ead207c53968b0ccf2/jesse/indicators/rsmk.py
# removed: line 5 'from jesse.helpers import ...' (package import); the helpers it names (and CANDLE_SOURCE_MAPPING from jesse/constants.py, same_length, np_shift) are copied verbatim at the end; get_config, which slice_candles calls, is not copied (it needs os and jesse.config)
from collections import namedtuple

import numpy as np


RSMK = namedtuple('RSMK', ['indicator', 'signal'])


def rsmk(candles: np.ndarray, candles_compare: np.ndarray, lookback: int = 90, period: int = 3, signal_period: int = 20,
        source_type: str = "close", sequential: bool = False) -> RSMK:
    """
    RSMK - Relative Strength

    :param candles: np.ndarray
    :param candles_compare: np.ndarray
    :param lookback: int - default: 90
    :param period: int - default: 3
    :param signal_period: int - default: 20
    :param source_type: str - default: "close"
    :param sequential: bool - default: False

    :return: float | np.ndarray
    """
    if not sequential and candles.shape[0] > 240:
        candles = candles[-240:]
        candles_compare = candles_compare[-240:]

    source = get_candle_source(candles, source_type=source_type)
    source_compare = get_candle_source(candles_compare, source_type=source_type)

    # Calculate log ratio of asset to index
    log_ratio = np.log(source / source_compare)

    # Calculate momentum: difference between current log ratio and the one from 'lookback' periods ago using vectorized operation
    mom = np.full_like(log_ratio, np.nan)
    if len(log_ratio) > lookback:
        mom[lookback:] = log_ratio[lookback:] - log_ratio[:-lookback]

    def ema(series: np.ndarray, period_val: float) -> np.ndarray:
        alpha = 2.0 / (max(1.0, period_val) + 1.0)
        n = series.shape[0]
        out = np.full_like(series, np.nan)

        # Identify the first valid (non-NaN) index
        valid_indices = np.flatnonzero(~np.isnan(series))
        if valid_indices.size == 0:
            return out

        start_idx = valid_indices[0]
        segment = series[start_idx:]
        m = segment.shape[0]

        # Create matrices for vectorized computation
        t = np.arange(m).reshape(-1, 1)  # shape (m, 1)
        i = np.arange(m).reshape(1, -1)  # shape (1, m)
        lag = t - i

        # Compute weights:
        # For t >= i, if i == 0 then weight = (1 - alpha)^(t - i), else weight = alpha * (1 - alpha)^(t - i)
        weights = np.where(lag < 0, 0, np.where(i == 0, (1 - alpha)**lag, alpha * (1 - alpha)**lag))

        ema_segment = np.sum(weights * segment.reshape(1, -1), axis=1)
        out[start_idx:] = ema_segment
        return out

    # Calculate RSMK indicator: EMA of the momentum scaled by 100
    rsmk_indicator = ema(mom, period) * 100.0

    # Calculate signal line as EMA of the RSMK indicator
    rsmk_signal = ema(rsmk_indicator, signal_period)

    if not sequential:
        rsmk_indicator = rsmk_indicator[-1]
        rsmk_signal = rsmk_signal[-1]

    return RSMK(rsmk_indicator, rsmk_signal)



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
