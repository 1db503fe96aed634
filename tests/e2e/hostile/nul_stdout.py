# expect: ok 0
# assert: r["stdout"] == "a\x00b\n" and r["result"] == {}
# direct: ok 0
# NUL is valid UTF-8: the report's stdout keeps it (as \u0000), only
# ill-formed bytes become U+FFFD.
print("a\x00b")
print("{}")
