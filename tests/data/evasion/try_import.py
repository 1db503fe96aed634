try:
    import ctypes
except ImportError:
    pass
