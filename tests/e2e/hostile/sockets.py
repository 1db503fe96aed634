# expect: ok 0
# assert: r["result"] == {"inet": "EPERM", "inet6": "EPERM", "netlink": "EPERM", "packet": "EPERM", "unix": "allowed", "ifaces": ["lo"]}
import socket
def sock(family, kind):
    return attempt(lambda: socket.socket(family, kind).close())
result({"inet": sock(socket.AF_INET, socket.SOCK_STREAM),
        "inet6": sock(socket.AF_INET6, socket.SOCK_DGRAM),
        "netlink": sock(socket.AF_NETLINK, socket.SOCK_RAW),
        "packet": sock(17, socket.SOCK_RAW),
        "unix": sock(socket.AF_UNIX, socket.SOCK_STREAM),
        "ifaces": sorted(os.listdir("/sys/class/net"))})
