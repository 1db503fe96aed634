# source: pandas 1.5 DataFrame.hist signature (backend is the 14th positional parameter) -> importlib.import_module
# family: refused keyword (backend=) reached by position in a plotting method
# goal: pandas imports any module named at run time (here `this`)
import pandas as pd

df = pd.DataFrame({"ret": [0.01, -0.02, 0.015]})
df.hist(None, None, True, None, None, None, None, None, False, False, None, None, 10, "this")
