# source: pandas 1.5 boxplot_frame_groupby signature (backend 12th positional incl. self)
# family: refused keyword (backend=) reached by position in a groupby plotting method
# goal: pandas imports any module by name (here this)
import pandas as pd
df = pd.DataFrame({"a": [1.0, 2.0], "g": [1, 2]})
df.groupby("g").boxplot(True, None, None, 0, True, None, None, None, False, True, "this")
