# source: as attack12aw_009; numpy/random/bit_generator.pyx SeedlessSequence is a Cython cdef class without a docstring (tp_doc NULL), so np.add_docstring can give it one at run time
# family: text signature planted with np.add_docstring on an undocumented numpy C type, read back by @dataclass(init=False, eq=False) on a subclass
# goal: reads sys.executable, sys.platform and os.sep through inspect's eval of dotted names
from dataclasses import dataclass

import numpy as np

nl = chr(10)
np.add_docstring(np.random.bit_generator.SeedlessSequence,
                 "SeedlessSequence(exe=sys.executable, plat=sys.platform, sep=os.sep)" + nl + "--" + nl + nl)


@dataclass(init=False, eq=False)
class Seeds(np.random.bit_generator.SeedlessSequence):
    pass


print(Seeds.__doc__)
