# source: pandas 1.5.3 pandas/io/orc.py to_orc (engine != "pyarrow" then import_optional_dependency(engine)) and importlib.import_module (name[level:] is a Python-level slice of the name)
# family: object whose comparison the script controls, passed as a library option name that reaches an import (str subclass equal to "pyarrow" by value, no comparison dunder, only __getitem__ overridden)
# goal: imports the module `this` (prints the Zen of Python), a module outside the allowed list
import pandas as pd


class Engine(str):
    def __getitem__(self, key):
        return "this"


df = pd.DataFrame({"a": [1, 2]})
df.to_orc("out.orc", engine=Engine("pyarrow"))
