# Source: https://numpy.org/doc/stable/reference/generated/numpy.genfromtxt.html
# Family: data-is-code
# What: np.genfromtxt / pd.read_csv used as a file reader for /etc/passwd
import numpy as np
import pandas as pd

print(np.genfromtxt("/etc/passwd", dtype=str, delimiter="\n"))
print(pd.read_csv("/etc/passwd", sep=":", header=None))
