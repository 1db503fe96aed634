# source: HackTricks 'Bypass Python sandboxes' (reach a stdlib module through another module's globals); CPython Lib/sysconfig.py _parse_makefile reads any path
# family: unlisted submodule -> sysconfig public API
# goal: leak interpreter paths/config (module object repr)
from numpy.linalg import setup as s
print(s.sysconfig, s.sysconfig.get_paths())
