# source: https://github.com/unslothai/unsloth/pull/9777 (later targets of a chained assignment missed by a static checker); https://github.com/python-security/pyt/pull/164 (tuple unpacking targets)
# family: a name the check trusts as "only ever one string literal" rebound by a bare-tuple unpacking target in a chained assignment (x = name, = value,)
# goal: np.genfromtxt() reads /etc/passwd through a relative f-string path whose field holds "../etc/" built at run time
import numpy as np

up = chr(46) * 2 + chr(47) + "etc" + chr(47)
name = "prices"
x = name, = up,
rows = np.genfromtxt(f"{name}passwd", dtype=str, delimiter=":", max_rows=4)
print(rows)
