# source: pandas plotting backend option; parenthesised tuple for-target
# family: option setter reached by a tuple for-loop target
# goal: pandas imports any module by name (here this)
import pandas as pd
for (pd.options.plotting.backend, k) in [("this", 1)]:
    pass
