# source: HackTricks 'Bypass Python sandboxes' (import a module the filter did not anticipate); numpy ships its build-time setup.py files as importable submodules (numpy/setup.py, numpy/fft/setup.py, numpy/ma/setup.py)
# family: from numpy.fft import setup
# goal: module object the check calls not allowed (it refuses 'import numpy.setup')
from numpy.fft import setup as fs
print(fs)
