# expect: ok 0
# assert: 200 < r["result"]["fds"] <= 256 and r["result"]["error"] == "EMFILE"
# direct: ok 0
fds, err = [], None
while len(fds) < 100000:
    try:
        fds.append(os.open("/dev/null", os.O_RDONLY))
    except OSError as e:
        err = _errno.errorcode.get(e.errno)
        break
result({"fds": len(fds), "error": err})
