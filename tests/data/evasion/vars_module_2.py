# Source: https://github.com/microsoft/agent-governance-toolkit/pull/2631
# Family: vars-dir
# What: vars(json) exposes json's globals, then codecs.open
import json
print(vars(json)["codecs"].open("/etc/passwd").read())
