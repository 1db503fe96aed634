# Source: https://github.com/oqtopus-team/qdash/pull/1412
# Family: module-attribute
# What: numpy.core.overrides / numpy.lib.utils hold sys and os references
import numpy as np

np.lib.utils.sys.modules["os"].system("id")
