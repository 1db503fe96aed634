import numpy
numpy.sys.exit(1)
