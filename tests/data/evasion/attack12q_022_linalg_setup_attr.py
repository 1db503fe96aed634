# source: HackTricks 'Bypass Python sandboxes' (reach a stdlib module through another module's globals); CPython Lib/sysconfig.py _parse_makefile reads any path
# family: numpy.linalg.setup reached as attribute after import numpy.linalg
# goal: sysconfig via attribute
import numpy.linalg
from numpy.linalg import setup
print(numpy.linalg.setup.sysconfig)
