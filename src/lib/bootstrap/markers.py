# The bytes sandexec looks for on the interpreter's stdout. This file is the
# one source of them: the build generates bootstrap-markers.h (the C side)
# from these two lines, and prepends this file to both bootstraps.
#
# START: the first bytes of stdout, written before the script is compiled;
# without them nothing of the script ran (see bootstrap.h).
# END: the supervisor's trailer, END NONCE " " WHAT "\n"; it begins with a
# newline of its own, so it is found whatever the script's last bytes were.
START = b'\x1esandexec-start\n'
END = b'\n\x1esandexec-end '
