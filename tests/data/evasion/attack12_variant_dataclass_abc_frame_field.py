# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 3 match class pattern positional captures; variant written with the fix: a dataclass whose field is a frame attribute, made an ABC that a generator "is" by register()
# goal: a generator's frame through a positional capture (then f_globals the same way)
import collections.abc
import dataclasses
import json


@dataclasses.dataclass
class Frame(collections.abc.Hashable):
    gi_frame: object


def gen():
    yield 1


Frame.register(type(gen()))
match gen():
    case Frame(fr):
        print(json.dumps({"frame": repr(fr)}))
