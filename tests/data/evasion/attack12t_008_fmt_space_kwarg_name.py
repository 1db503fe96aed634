# source: pyjail str.format attribute-read gadget ("{0.__globals__}".format(f)); HackTricks "Python sandbox escape / format string"; adapted
# family: format-field whose name starts with a space "{ m.x}": check pattern misses it, Python looks up kwarg " m"
# goal: argparse._os -> repr of module os
import argparse
print("{ m._os}".format(**{" m": argparse}))
