# source: pyjail str.format attribute-read gadget ("{0.__globals__}".format(f)); HackTricks "Python sandbox escape / format string"; adapted
# family: format-field hidden by \u002e escape
# goal: argparse._sys.modules["os"] -> sys.modules entry (module os)
import argparse
print("{0\u002e_sys\u002emodules[os]}".format(argparse))
