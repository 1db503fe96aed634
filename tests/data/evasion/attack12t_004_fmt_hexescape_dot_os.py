# source: pyjail str.format attribute-read gadget ("{0.__globals__}".format(f)); HackTricks "Python sandbox escape / format string"; adapted
# family: format-field hidden by escape: "\x2e" in the literal is "." to Python, the check does not decode before looking for "{0."
# goal: argparse._os -> repr of module os
import argparse
print("{0\x2e_os}".format(argparse))
