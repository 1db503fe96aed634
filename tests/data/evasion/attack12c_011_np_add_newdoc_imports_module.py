# source: numpy/core/function_base.py add_newdoc: __import__(place) + getattr(mod, obj)
# family: string->import (+ getattr by string) via np.add_newdoc
# goal: imports arbitrary module ('this')
import numpy as np
np.add_newdoc("this", "s", "doc")
