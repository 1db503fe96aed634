# Shared by every hostile script (prepended by test_hostile.py).
import ctypes
import errno as _errno
import json
import os

_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long


def sys_call(nr, *args):
    """Raw syscall; returns 'allowed' or the errno's name."""
    ctypes.set_errno(0)
    r = _libc.syscall(ctypes.c_long(nr), *[ctypes.c_long(a) for a in args])
    if r == -1:
        e = ctypes.get_errno()
        return _errno.errorcode.get(e, str(e))
    return "allowed"


def attempt(fn):
    try:
        fn()
        return "allowed"
    except OSError as e:
        return _errno.errorcode.get(e.errno, str(e.errno))


def result(obj):
    print(json.dumps(obj), flush=True)
