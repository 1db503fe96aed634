# Source: https://github.com/microsoft/agent-governance-toolkit/pull/2631 (stdlib escape paths)
# Family: module-attribute
# What: dataclasses.inspect.os and dataclasses.sys reach os
import dataclasses

dataclasses.inspect.os.system("id")
dataclasses.sys.modules["os"].system("id")
