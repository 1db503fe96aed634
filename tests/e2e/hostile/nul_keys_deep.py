# expect: ok 0
# args: -s output.max_stdout=8m
# assert: r["result"]["\x00"]["\x00"]["\x00"] is not None and len(repr(r["result"])) > 8000000
# direct: ok 0
# direct-args: -s output.max_stdout=8m
# Objects with NUL keys 511 deep around an 8 MB string: the result is the
# script's value, and extracting it costs work linear in the line.
d = 511
print('{"\\u0000":' * d + '"' + 'x' * 8000000 + '"' + '}' * d)
