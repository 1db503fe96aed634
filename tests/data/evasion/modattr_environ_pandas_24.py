# Source: https://github.com/oqtopus-team/qdash/pull/1412 (pandas io.common.os, numpy f2py.os) (os.environ via pandas attributes)
# Family: module-attribute
# What: reads os.environ through pandas.io.common.os
import json
import pandas as pd

print(json.dumps(dict(pd.io.common.os.environ)))
