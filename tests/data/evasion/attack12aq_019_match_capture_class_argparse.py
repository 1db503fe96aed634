# source: PEP 634 (a capture pattern binds the subject); sandexec README, "The static check", (ArgumentParser as a value is refused; 8th positional = fromfile_prefix_chars)
# family: match statements: a library class as the match subject, bound by a capture pattern (case K)
# goal: reads /etc/passwd through argparse @file expansion
import argparse

match argparse.ArgumentParser:
    case K:
        pass

print("class:", K)
at = chr(64)
p = K("prog", None, None, None, [], argparse.HelpFormatter, "-", at)
p.add_argument("rest", nargs="*")
path = at + chr(47) + "etc" + chr(47) + "passwd"
print(p.parse_args([path]).rest[:5])
