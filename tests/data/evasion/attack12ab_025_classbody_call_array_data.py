# source: NumPy 1.12.0 release notes (assigning ndarray.data deprecated as "inherently
#         unsafe"); the foreign-self family of round 28 (a method run as a plain function)
# family: a method called in its class's body, where it is a plain function, with an array as self
# goal: self.data = buf on a numpy array: the array points at other memory
import numpy as np
a = np.zeros(4)
b = bytearray(64)
class C:
    def __init__(self):
        self.data = None
    def point(self, buf):
        self.data = buf
    point(a, b)
print(a)
