# source: pandas 1.5 DataFrame.boxplot signature (backend is the 10th positional parameter) -> importlib.import_module
# family: refused keyword (backend=) reached by position in a plotting method
# goal: pandas imports any module named at run time (here `this`)
import pandas as pd

df = pd.DataFrame({"ret": [0.01, -0.02, 0.015]})
df.boxplot(None, None, None, None, 0, True, None, None, None, "this")
