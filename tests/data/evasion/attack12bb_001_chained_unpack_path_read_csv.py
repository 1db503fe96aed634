# source: https://github.com/unslothai/unsloth/pull/9777 and https://github.com/unslothai/unsloth-zoo/pull/1113 (static exec linters missed bindings made by the later targets of a chained assignment, `payload = table[...] = value`); https://github.com/python-security/pyt/pull/164 (unpacking targets lost by a taint tracker)
# family: a name the check trusts as "only ever one string literal" rebound by an unpacking target in a chained assignment (x = [name] = [value])
# goal: pd.read_csv() of /etc/passwd through a relative f-string path whose field holds "../etc/" built at run time
import pandas as pd

up = chr(46) * 2 + chr(47) + "etc" + chr(47)   # "../etc/", built at run time (cwd is /tmp)
name = "prices"                                 # the check sees only this binding
x = [name] = [up]                               # ...but this chained target rebinds it
df = pd.read_csv(f"{name}passwd", sep=":", header=None)
print(df.head(5).to_string())
