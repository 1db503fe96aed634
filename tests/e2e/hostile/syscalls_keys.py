# expect: ok 0
# assert: all(v == "EPERM" for v in r["result"].values())
KEYCTL_GET_KEYRING_ID, KEY_SPEC_SESSION_KEYRING = 0, -3
result({"keyctl": sys_call(250, KEYCTL_GET_KEYRING_ID, KEY_SPEC_SESSION_KEYRING, 0),
        "add_key": sys_call(248, 0, 0, 0, 0, 0),
        "request_key": sys_call(249, 0, 0, 0, 0)})
