# source: pandas.util._exceptions.find_stack_level (walks inspect.currentframe()/f_back and calls inspect.getfile(frame));
#         enum.global_enum docs (https://docs.python.org/3.11/library/enum.html#enum.global_enum); pyjail frame-walk
#         escapes (HackTricks "Bypass Python sandboxes": frames via gi_frame/tb_frame -> f_back -> f_globals)
# family: write a public name into another module's globals (Enum(module="inspect") + global_enum) -> library hands frames to us
# goal: real frame objects of pandas (find_stack_level frames) handed to the script; repr printed
import enum
import functools
import pandas as pd

frames = []


def getfile(obj):
    frames.append(obj)
    return ""


Hooks = enum.Enum("Hooks", [("getfile", (getfile,))], module="inspect", type=functools.partial)
enum.global_enum(Hooks)
s = pd.Series([1.0, 2.0], index=["a", "b"])
for k, v in s.iteritems():          # deprecated in pandas 1.5: FutureWarning -> find_stack_level()
    pass
for fr in frames:
    print(repr(fr))
