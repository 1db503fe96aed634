# source: CVE-2023-24329 + check hint f"/data/{name}"
# family: whitespace URL through a literal-only f-string constant
# goal: read /etc/hostname
import pandas as pd
name = "hostname"
print(pd.read_csv(f" file:///etc/{name}", header=None).to_string())
