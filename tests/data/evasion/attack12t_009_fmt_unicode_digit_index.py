# source: pyjail str.format attribute-read gadget ("{0.__globals__}".format(f)); HackTricks "Python sandbox escape / format string"; adapted
# family: format-field indexed with a non-ASCII decimal digit "{\u0660.x}" (Python accepts Unicode digits as positional index)
# goal: argparse._os -> repr of module os
import argparse
print("{٠._os}".format(argparse))
