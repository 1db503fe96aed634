# expect: ok 0
# assert: r["result"] == {"after": "junk"}
# direct: ok 0
import sys
sys.stdout.buffer.write(bytes(range(256)) * 64 + b"\n\xff\xfe{\x00}\n")
sys.stdout.flush()
result({"after": "junk"})
