# source: HackTricks "Bypass Python sandboxes" (reach a module through another module's attribute).
#         url: https://checkmarx.com/zero-post/glass-sandbox-complexity-of-python-sandboxing
# family: `ident(dataclasses).copy` -> the copy module (outside the allowed list) as a value.
#         Prints the module object (outside the allowed list); the door used by cand/001, 005, 006.
# goal: module object outside the allowed list.
import dataclasses


def ident(m):
    return m


print(ident(dataclasses).copy)
