# source: kernc/backtesting.py backtesting/_stats.py 9c2b8e1c99f3a860883222ba8d6d5b5cac3a932d
# changes: dropped imports: unresolvable package import backtesting._util._indicator_warmup_nbars; unresolvable package import backtesting.backtesting.Trade | inlined same-package definitions: _data_period | removed code needing dropped imports: compute_stats, dummy_stats
from __future__ import annotations

from typing import TYPE_CHECKING, List, Union, cast

import numpy as np
import pandas as pd


# ---- inlined from the same package ----
import pandas as pd
# from backtesting._util
def _data_period(index) -> Union[pd.Timedelta, Number]:
    """Return data index period as pd.Timedelta"""
    values = pd.Series(index[-100:])
    return values.diff().dropna().median()

# ---- end inlined ----



def compute_drawdown_duration_peaks(dd: pd.Series):
    iloc = np.unique(np.r_[(dd == 0).values.nonzero()[0], len(dd) - 1])
    iloc = pd.Series(iloc, index=dd.index[iloc])
    df = iloc.to_frame('iloc').assign(prev=iloc.shift())
    df = df[df['iloc'] > df['prev'] + 1].astype(np.int64)

    # If no drawdown since no trade, avoid below for pandas sake and return nan series
    if not len(df):
        return (dd.replace(0, np.nan),) * 2

    df['duration'] = df['iloc'].map(dd.index.__getitem__) - df['prev'].map(dd.index.__getitem__)
    df['peak_dd'] = df.apply(lambda row: dd.iloc[row['prev']:row['iloc'] + 1].max(), axis=1)
    df = df.reindex(dd.index)
    return df['duration'], df['peak_dd']


def geometric_mean(returns: pd.Series) -> float:
    returns = returns.fillna(0) + 1
    if np.any(returns <= 0):
        return 0
    return np.exp(np.log(returns).sum() / (len(returns) or np.nan)) - 1




class _Stats(pd.Series):
    def __repr__(self):
        with pd.option_context(
            'display.max_colwidth', 20,  # Prevent expansion due to _equity and _trades dfs
            'display.max_rows', len(self),  # Reveal self whole
            'display.precision', 5,  # Enough for my eyes at least
        ):
            # XXX: .fillna(nan) to replace None which aren't na_rep'd otherwise (pandas 3.0).
            #   Replace with proper na_rep option when that becomes available.
            #   https://github.com/pandas-dev/pandas/issues/66407
            return super().fillna(np.nan).to_string(na_rep='--', dtype=True)


