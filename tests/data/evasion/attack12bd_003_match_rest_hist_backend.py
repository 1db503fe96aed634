# source: PEP 634 mapping rest capture; pandas/plotting/_core.py hist_series(..., backend=None) -> _get_plot_backend
# family: binding form the check does not follow: match **rest; variant callee Series.hist
# goal: imports module 'this' via Series.hist(**opts)
import pandas as pd
opts = {"bins": 3}
match {"back" + "end": "this"}:
    case {**opts}:
        pass
pd.Series([1.0]).hist(**opts)
