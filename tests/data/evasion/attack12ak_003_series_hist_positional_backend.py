# source: pandas 1.5 Series.hist signature (backend is the 10th positional parameter) -> pandas/plotting/_core.py _load_backend importlib.import_module
# family: refused keyword (backend=) reached by position in a plotting method
# goal: pandas imports any module named at run time (here `this`, built from pieces)
import pandas as pd

returns = pd.Series([0.01, -0.02, 0.015, 0.003])
engine = "th" + "is"
returns.hist(None, None, True, None, None, None, None, None, 10, engine)
