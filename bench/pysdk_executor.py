#!/usr/bin/python3
"""A small Docker executor written with the Docker SDK for Python (Debian's
python3-docker), for comparison: what users of Python sandbox libraries get.

  pysdk_executor.py IMAGE STRATEGY.py

Runs the script once in a container with the same limits sandexec uses
(as far as the SDK exposes them), prints the last JSON line of its stdout.
"""
import json
import sys

import docker


def main():
    image, path = sys.argv[1], sys.argv[2]
    code = open(path).read()
    client = docker.from_env()
    out = client.containers.run(
        image, ["python3", "-I", "-c", code],
        remove=True, network_mode="none", read_only=True,
        tmpfs={"/tmp": "rw,nosuid,nodev,noexec,size=64m"},
        cap_drop=["ALL"], security_opt=["no-new-privileges"],
        user="65534:65534", mem_limit="2g", memswap_limit="2g",
        nano_cpus=500_000_000, pids_limit=128, init=True, working_dir="/tmp",
        stdout=True, stderr=False)
    lines = [l for l in out.decode().splitlines() if l.startswith("{")]
    print(json.dumps(json.loads(lines[-1])))


if __name__ == "__main__":
    main()
