# Source: https://docs.python.org/3/library/functions.html#breakpoint (PYTHONBREAKPOINT / sys.breakpointhook)
# Family: breakpoint
# What: breakpoint with an argument is passed to sys.breakpointhook; pdb.set_trace variant
import pdb

pdb.os.system("id")
pdb.set_trace()
