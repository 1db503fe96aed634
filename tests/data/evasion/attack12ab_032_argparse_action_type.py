# source: Python docs, argparse add_argument() returns the Action, whose type holds type=; NumPy 1.12.0 release notes (assigning ndarray.data is "inherently unsafe")
# family: a class object handed back (argparse's Action.type read back): its method run with an array as self
# goal: self.data = buf on a numpy array: the array points at other memory
import numpy as np
import argparse
class C:
    def __init__(self):
        self.data = None
    def point(self, buf):
        self.data = buf
p = argparse.ArgumentParser()
a = p.add_argument("--x", type=C)
a.type.point(np.zeros(4), bytearray(64))
