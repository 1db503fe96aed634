# source: numpy ships setup.py modules inside the package
# family: from numpy.<pkg> import setup (unlisted submodules)
# goal: module objects the table does not allow
from numpy.polynomial import setup as a
from numpy.matrixlib import setup as b
from numpy.typing import setup as c
print(a, b, c)
