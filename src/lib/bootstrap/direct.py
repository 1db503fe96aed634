# Direct mode: run by the interpreter as -c CODE NAME, with markers.py
# before this file. Reads the script from stdin to its end, points stdin at
# /dev/null, writes the start marker (before the script is even compiled,
# so a syntax error counts as started) and runs the script (script.py).
# There is no supervisor: the parent is sandexec itself.
import os, sys
name = sys.argv[1]
source = sys.stdin.buffer.read()
null = os.open(os.devnull, os.O_RDONLY)
os.dup2(null, 0)
os.close(null)
os.write(1, START)
del null, START, END
# script.py follows: it runs the script.
