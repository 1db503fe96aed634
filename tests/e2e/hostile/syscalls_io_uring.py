# expect: ok 0
# assert: all(v == "EPERM" for v in r["result"].values())
params = ctypes.create_string_buffer(120)
result({"io_uring_setup": sys_call(425, 4, ctypes.addressof(params)),
        "io_uring_enter": sys_call(426, 0, 0, 0, 0, 0),
        "io_uring_register": sys_call(427, 0, 0, 0, 0)})
