# Source: github.com/kevindirect/thesis-code recon/filter.py, getTEvents():
#         "Symmetric CUSUM Filter ... Lopez De Prado, Advances in Financial Machine
#         Learning (p. 39)" (AFML Snippet 2.4).
# Adapted: the function is kept as published; the DataAPI/CSV loading is replaced by a
#          synthetic log-price series and the events are summarised as JSON.
import json

import numpy as np
import pandas as pd


def getTEvents(gRaw, h):
    """
    Symmetric CUSUM Filter where E_{t-1}[y_t] = y_{t-1}
    Lopez De Prado, Advances in Financial Machine Learning (p. 39)
    """
    tEvents, sPos, sNeg = [], 0, 0
    diff = gRaw.diff()

    for i in diff.index[1:]:
        sPos, sNeg = max(0, sPos + diff.loc[i]), min(0, sNeg + diff.loc[i])

        if (sNeg < -h):
            sNeg = 0
            tEvents.append(i)
        elif (sPos > h):
            sPos = 0
            tEvents.append(i)

    return pd.DatetimeIndex(tEvents)


if __name__ == "__main__":
    rng = np.random.default_rng(17)
    idx = pd.date_range("2019-01-01", periods=1000, freq="B")
    log_close = pd.Series(np.log(50) + np.cumsum(rng.normal(0, 0.012, len(idx))), index=idx)
    h = float(log_close.diff().std() * 2.5)
    events = getTEvents(log_close, h)
    gaps = pd.Series(events).diff().dt.days.dropna()
    print(json.dumps({"threshold": round(h, 6), "events": int(len(events)),
                      "median_gap_days": float(gaps.median()) if len(gaps) else 0.0}))
