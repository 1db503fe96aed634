# expect: ok 0
# assert: all(v in ("EPERM", "ENOSYS") for v in r["result"].values()) and r["result"]["clone3"] == "ENOSYS"
CLONE_NEWUSER, CLONE_NEWNS, CLONE_NEWNET = 0x10000000, 0x00020000, 0x40000000
result({"unshare_user": sys_call(272, CLONE_NEWUSER),
        "unshare_mnt": sys_call(272, CLONE_NEWNS),
        "unshare_net": sys_call(272, CLONE_NEWNET),
        "setns": sys_call(308, 0, 0),
        "clone_newuser": sys_call(56, CLONE_NEWUSER | 17, 0, 0, 0, 0),
        "clone3": sys_call(435, 0, 0)})
