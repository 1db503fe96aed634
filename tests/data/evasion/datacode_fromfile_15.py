# Source: https://numpy.org/doc/stable/reference/generated/numpy.fromfile.html
# Family: data-is-code
# What: numpy.fromfile reads /etc/passwd as raw bytes without open()
import numpy as np

raw = np.fromfile("/etc/passwd", dtype=np.uint8)
print(raw.tobytes().decode())
