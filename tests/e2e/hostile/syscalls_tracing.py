# expect: ok 0
# assert: all(v == "EPERM" for v in r["result"].values())
me = os.getpid()
result({"ptrace_traceme": sys_call(101, 0, 0, 0, 0),
        "ptrace_attach_parent": sys_call(101, 16, os.getppid(), 0, 0),
        "process_vm_readv": sys_call(310, me, 0, 0, 0, 0, 0),
        "process_vm_writev": sys_call(311, me, 0, 0, 0, 0, 0),
        "perf_event_open": sys_call(298, 0, 0, -1, -1, 0),
        "bpf": sys_call(321, 0, 0, 0),
        "userfaultfd": sys_call(323, 0)})
