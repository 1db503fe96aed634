# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 6 file I/O imported under an alias
# source: own
# family: host-path / file I/O: file reader imported under an alias
# goal: read /etc/passwd (or write outside cwd) through a file API the host-path rule should cover
import json
from pandas import read_csv as load_prices
df = load_prices(chr(47) + 'etc' + chr(47) + 'passwd', sep=":", header=None)
print(json.dumps({"evidence": str(df.iloc[0].tolist())}))
