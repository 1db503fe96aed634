# source: Python data model (class statement: metaclass = type(base), called (name, bases, ns)); numpy/lib/npyio.py NpzFile.__init__/__getitem__ -> numpy.lib.format.read_array -> pickle.load
# family: instance as class base, variant: base is a function parameter (class statement inside a def)
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
def make(base):
    class G(base):
        y = 1
    return G["x"][:40]
print(make(np.load("a.npz")))
