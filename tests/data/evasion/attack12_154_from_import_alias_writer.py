# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 6 file I/O imported under an alias
# source: own; alias family (132/153)
# family: numpy writer imported under an alias
# goal: write a file outside the working directory (/dev/shm)
import json
import numpy as np
from numpy import savetxt as st
p = chr(47) + "dev" + chr(47) + "shm" + chr(47) + "pwned_154.txt"
st(p, np.arange(3))
print(json.dumps({"written": p}))
