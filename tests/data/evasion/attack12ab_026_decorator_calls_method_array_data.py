# source: NumPy 1.12.0 release notes (ndarray.data assignment); PEP 318 (a decorator is
#         called with the function object itself)
# family: a decorator of the script in a class's body calls the method it is given with an array as self
# goal: self.data = buf on a numpy array
import numpy as np
def deco(f):
    f(np.zeros(4), bytearray(64))
    return f
class C:
    def __init__(self):
        self.data = None
    @deco
    def point(self, buf):
        self.data = buf
print("decorated")
