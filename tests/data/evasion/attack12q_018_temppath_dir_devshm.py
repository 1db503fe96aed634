# source: numpy/ma/tests/test_mrecords.py imports numpy.testing.temppath, a wrapper of tempfile.mkstemp(*args, **kwargs) (numpy testing docs)
# family: unlisted test submodule re-exports numpy.testing.temppath; mkstemp(dir=) creates a file in any directory
# goal: create file in /dev/shm
import time
from numpy.ma.tests import test_mrecords as t
with t.temppath(dir="/".join(["", "dev", "shm"]), prefix="pwn_") as p:
    print(p, flush=True)
    time.sleep(6)
