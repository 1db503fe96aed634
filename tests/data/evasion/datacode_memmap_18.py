# Source: https://numpy.org/doc/stable/reference/generated/numpy.memmap.html
# Family: data-is-code
# What: np.memmap maps /etc/shadow-like files into memory for reading
import numpy as np

m = np.memmap("/etc/passwd", dtype=np.uint8, mode="r")
print(bytes(m[:200]))
