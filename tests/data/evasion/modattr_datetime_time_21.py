# Source: https://github.com/microsoft/agent-governance-toolkit/pull/2631
# Family: module-attribute
# What: datetime.sys: the datetime module keeps its import of sys, whose modules hold os
import datetime

datetime.sys.modules["os"].system("id")
