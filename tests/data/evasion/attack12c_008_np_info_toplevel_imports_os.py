# source: numpy.lib.utils.info source (toplevel -> __import__ in _makenamedict); cf. np.lookfor which the table already marks dangerous
# family: string->import: np.info(toplevel=NAME) imports any module and walks it
# goal: reaches module os (prints os.system doc, '*** Found in os ***')
import numpy as np
np.info("system", toplevel="os")
