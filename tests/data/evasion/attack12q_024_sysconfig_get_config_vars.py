# source: CPython Lib/sysconfig.py public API; HackTricks bypass-python-sandboxes (reach stdlib modules via another module's globals)
# family: sysconfig.get_config_vars
# goal: interpreter build config
from numpy.linalg import setup as s
v = s.sysconfig.get_config_vars()
print(s.sysconfig, len(v), v.get("CONFIG_ARGS", "")[:200])
