# source: numpy 1.24 cumulative ufunc out= ignores the WRITEABLE flag; np.frombuffer(b"...") views a bytes constant; ndarray.dump() and np.load() accept a bytes path (os.fspath); CPython shares equal constants of one code object
# family: rewrite, after the check read it, a path literal through a read-only view of its bytes (np.cumsum(out=)), then hand the same constant to a writer and a reader
# goal: write and read back a file at /dev/shm/px, a path outside /data the check refuses, through the literal b"/data/x.txt" that it accepted
import numpy as np

t = np.frombuffer(b"/data/x.txt", dtype=np.uint8)
want = np.array([47, 100, 101, 118, 47, 115, 104, 109, 47, 112, 120], dtype=np.uint8)
np.cumsum(np.concatenate([want[:1], np.diff(want)]).astype(np.uint8), out=t)
print("the path literal now holds:", b"/data/x.txt", flush=True)
np.arange(5).dump(b"/data/x.txt")
print("written; np.load of the same literal says:", end=" ", flush=True)
try:
    print(np.load(b"/data/x.txt"))
except Exception as e:
    print(type(e).__name__, e, flush=True)
