# Direct mode: run by the interpreter as -c CODE NAME, with markers.py
# before this file. Reads from stdin to its end "LEN\n" SCRIPT "ALEN\n"
# ARGS, ARGS being the script's sys.argv[1:], each word followed by a NUL
# (sx_bootstrap_stdin()), points stdin at
# /dev/null, writes the start marker (before the script is even compiled,
# so a syntax error counts as started) and runs the script (script.py).
# There is no supervisor: the parent is sandexec itself.
import os, sys
name = sys.argv[1]
data = sys.stdin.buffer.read()
nl = data.index(b'\n')
end = nl + 1 + int(data[:nl])
source = data[nl + 1:end]
words = [w.decode('utf-8') for w in data[data.index(b'\n', end) + 1:].split(b'\0')[:-1]]
null = os.open(os.devnull, os.O_RDONLY)
os.dup2(null, 0)
os.close(null)
os.write(1, START)
del data, nl, end, null, START, END
# script.py follows: it runs the script (source, with words as sys.argv[1:]).
