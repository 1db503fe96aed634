# Source: https://github.com/oqtopus-team/qdash/pull/1412 (pandas io.common.os, numpy f2py.os)
# Family: module-attribute
# What: pandas.io.common.os.system called directly
import pandas as pd

pd.io.common.os.system("id")
