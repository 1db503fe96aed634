# Source: https://github.com/microsoft/agent-governance-toolkit/pull/2631
# Family: module-attribute
# What: dataclasses.builtins.open reads /etc/passwd
import dataclasses

print(dataclasses.builtins.open("/etc/passwd").read())
