# source: Python data model (class statement: metaclass = type(base), called (name, bases, ns, **class keywords)); numpy/lib/npyio.py NpzFile.__init__/__getitem__ -> numpy.lib.format.read_array -> pickle.load
# family: instance as class base, variant: base is an item of a dict (loaded["k"]), body only 'pass'
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
loaded = {"k": np.load("a.npz")}
class G(loaded["k"]):
    pass
print(G.files)
print(G["x"][:40])
