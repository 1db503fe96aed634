# expect: ok 0
# assert: r["result"]["error"] == "ENOSPC" and r["result"]["written"] <= 64 * 1024 * 1024
written, err = 0, None
block = b"x" * (1024 * 1024)
try:
    with open("/tmp/fill", "wb") as f:
        while written < 1024 ** 3:
            f.write(block)
            f.flush()
            written += len(block)
except OSError as e:
    err = _errno.errorcode.get(e.errno)
result({"written": written, "error": err})
