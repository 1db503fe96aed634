# Source: https://github.com/semgrep/semgrep-rules/pull/1354
# Family: attr-in-string
# What: writes a payload string into __annotations__ and resolves it with get_type_hints
from typing import get_type_hints

class C:
    member: int = 0

C.__annotations__["member"] = "open('/etc/passwd').read()"
print(get_type_hints(C))
