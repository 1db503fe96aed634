# expect: ok 0
# assert: r["result"] == {"setuid": "EPERM", "setgid": "EPERM", "uid": r["result"]["uid"]} and r["result"]["uid"] != 0
result({"setuid": attempt(lambda: os.setuid(0)), "setgid": attempt(lambda: os.setgid(0)),
        "uid": os.getuid()})
