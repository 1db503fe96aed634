# The bytes sandexec looks for on the interpreter's stdout. This file is the
# one source of them: the build generates bootstrap-markers.h (the C side)
# from these two lines, and prepends this file to both bootstraps.
#
# START: the first bytes of stdout, written before the script is compiled;
# without them nothing of the script ran (see bootstrap.h).
# END: the supervisor's trailer, END NONCE " " WHAT "\n"; it begins with a
# newline of its own, so it is found whatever the script's last bytes were.
# EXC: the record of an uncaught exception (script.py), EXC LINE " " TYPE
# " " MESSAGE "\n", the last bytes of the script's stdout; information for
# the report, never a verdict: the status comes from how the process ended.
START = b'\x1esandexec-start\n'
EXC = b'\n\x1esandexec-exception '
END = b'\n\x1esandexec-end '
