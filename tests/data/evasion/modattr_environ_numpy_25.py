# Source: https://github.com/oqtopus-team/qdash/pull/1412 (pandas io.common.os, numpy f2py.os)
# Family: module-attribute
# What: reads os.environ through numpy.f2py.os
import numpy
import numpy.f2py

print(numpy.f2py.os.environ.get("HOME"), numpy.f2py.os.getcwd())
