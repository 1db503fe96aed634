b = __builtins__
