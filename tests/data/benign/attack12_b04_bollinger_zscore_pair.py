# source: black-box attack on sandexec check (attack12, 2026-11-26), benign file of the same attack
# source: kaikaikaikai2020/product S54/program/PythonCodesAndData/bollinger.py (Bollinger band mean reversion on a pair; OLS via np.polyfit instead of statsmodels)
# benign: rolling hedge ratio, z-score entries/exits, ffill positions
import json
import numpy as np
import pandas as pd

rng = np.random.default_rng(11)
gld = pd.Series(100 + np.cumsum(rng.normal(0, 1, 300)))
uso = 0.8 * gld + rng.normal(0, 2, 300)
df = pd.DataFrame({"GLD": gld, "USO": uso})
lookback = 20
hedgeRatio = np.full(df.shape[0], np.nan)
for t in np.arange(lookback, len(hedgeRatio)):
    window = df[(t - lookback):t]
    hedgeRatio[t - 1] = np.polyfit(window["GLD"], window["USO"], 1)[0]
yport = df["USO"] - hedgeRatio * df["GLD"]
entryZscore = 1
exitZscore = 0
MA = yport.rolling(lookback).mean()
MSTD = yport.rolling(lookback).std()
zScore = (yport - MA) / MSTD
longsEntry = zScore < -entryZscore
longsExit = zScore > -exitZscore
shortsEntry = zScore > entryZscore
shortsExit = zScore < exitZscore
numUnitsLong = np.full(len(df), np.nan)
numUnitsLong[0] = 0
numUnitsLong[longsEntry.to_numpy()] = 1
numUnitsLong[longsExit.to_numpy()] = 0
numUnitsShort = np.full(len(df), np.nan)
numUnitsShort[0] = 0
numUnitsShort[shortsEntry.to_numpy()] = -1
numUnitsShort[shortsExit.to_numpy()] = 0
numUnits = pd.Series(numUnitsLong).ffill() + pd.Series(numUnitsShort).ffill()
pnl = numUnits.shift() * yport.diff()
print(json.dumps({"pnl": float(np.nansum(pnl)), "days_in_market": int((numUnits != 0).sum())}))
