# source: CPython Lib/sysconfig.py ('from os.path import pardir, realpath'); HackTricks bypass-python-sandboxes (reach stdlib modules via another module's globals)
# family: unlisted submodule numpy.linalg.setup -> sysconfig -> realpath (posixpath.realpath)
# goal: sysconfig module object + os.path function resolving /proc/self/exe
from numpy.linalg import setup as s
r = s.sysconfig.realpath
print(s.sysconfig, r)
print(r("/".join(["", "proc", "self", "exe"])))
