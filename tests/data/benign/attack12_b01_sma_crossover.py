# source: black-box attack on sandexec check (attack12, 2026-11-26), benign file of the same attack
# source: Heet852003/trading_bot stratergies/moving_average.py (moving_average_strategy), adapted to synthetic data
# benign: SMA crossover signals and positions
import json
import numpy as np
import pandas as pd

rng = np.random.default_rng(7)
n = 400
close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.01, n))), index=pd.date_range("2020-01-01", periods=n, freq="B"))


def moving_average_strategy(data, short_window=40, long_window=100):
    signals = pd.DataFrame(index=data.index)
    signals['signal'] = 0.0
    signals['short_mavg'] = data['Close'].rolling(window=short_window, min_periods=1, center=False).mean()
    signals['long_mavg'] = data['Close'].rolling(window=long_window, min_periods=1, center=False).mean()
    signals.loc[signals.index[short_window:], 'signal'] = np.where(
        signals['short_mavg'][short_window:] > signals['long_mavg'][short_window:], 1.0, 0.0)
    signals['positions'] = signals['signal'].diff()
    return signals


if __name__ == "__main__":
    data = pd.DataFrame({"Close": close})
    signals = moving_average_strategy(data)
    ret = data["Close"].pct_change().fillna(0) * signals["signal"].shift(1).fillna(0)
    print(json.dumps({"trades": int((signals["positions"].abs() > 0).sum()), "total_return": float((1 + ret).prod() - 1)}))
