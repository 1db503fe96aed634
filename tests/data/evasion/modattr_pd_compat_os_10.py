# Source: https://github.com/pandas-dev/pandas/pull/58697 (os imported in pandas/compat/__init__.py)
# Family: module-attribute
# What: pandas.compat.os.popen reads command output
import pandas

print(pandas.compat.os.popen("id").read())
