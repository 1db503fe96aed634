# source: pandas import_optional_dependency re-exported by pandas.io.xml
# family: importer re-exported by an allowed module; attributes of the returned (untyped) module are not checked
# goal: inspect.currentframe()/stack(): live frame objects
from pandas.io.xml import import_optional_dependency as need
ins = need("inspect")
fr = ins.currentframe()
print(fr)
print(ins.stack()[0])
