# expect: ok 0
# assert: all(v == "EPERM" for v in r["result"].values())
result({"mount": sys_call(165, 0, 0, 0, 0, 0), "umount2": sys_call(166, 0, 0),
        "pivot_root": sys_call(155, 0, 0), "chroot": sys_call(161, 0),
        "kexec_load": sys_call(246, 0, 0, 0, 0), "kexec_file_load": sys_call(320, 0, 0, 0, 0, 0),
        "init_module": sys_call(175, 0, 0, 0), "finit_module": sys_call(313, 0, 0, 0),
        "delete_module": sys_call(176, 0, 0), "swapon": sys_call(167, 0, 0),
        "reboot": sys_call(169, 0, 0, 0, 0)})
