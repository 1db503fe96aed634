# expect: ok 0
# assert: r["result"] == {"query": "allowed", "no_randomize": "EPERM", "read_implies_exec": "EPERM"}
# assert-runsc: r["result"] == {"query": "EINVAL", "no_randomize": "EPERM", "read_implies_exec": "EPERM"}
result({"query": sys_call(135, 0xffffffff),
        "no_randomize": sys_call(135, 0x0040000),
        "read_implies_exec": sys_call(135, 0x0400000)})
