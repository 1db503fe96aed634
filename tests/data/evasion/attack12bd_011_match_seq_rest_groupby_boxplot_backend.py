# source: PEP 634 mapping rest capture inside a sequence pattern; pandas boxplot_frame_groupby(..., backend=None)
# family: binding form not followed: **rest in a sequence pattern; callee DataFrameGroupBy.boxplot
# goal: imports module 'this' via groupby(...).boxplot(**opts)
import pandas as pd
opts = {"grid": False}
match [{"back" + "end": "this"}]:
    case [{**opts}]:
        pass
df = pd.DataFrame({"g": ["a", "b"], "x": [1.0, 2.0]})
df.groupby("g").boxplot(**opts)
