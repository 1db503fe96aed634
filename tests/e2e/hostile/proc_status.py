# expect: ok 0
# assert: r["result"] == {"CapEff": 0, "CapPrm": 0, "CapBnd": 0, "NoNewPrivs": "1", "Seccomp": "2", "root": False}
st = dict(l.split(":", 1) for l in open("/proc/self/status"))
result({"CapEff": int(st["CapEff"], 16), "CapPrm": int(st["CapPrm"], 16),
        "CapBnd": int(st["CapBnd"], 16),
        # prctl(PR_GET_NO_NEW_PRIVS): gVisor's status file has no such line.
        "NoNewPrivs": str(_libc.prctl(39, 0, 0, 0, 0)),
        "Seccomp": st["Seccomp"].strip(), "root": os.getuid() == 0 or os.geteuid() == 0})
