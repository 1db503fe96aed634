#!/usr/bin/env python3
"""Run records, the sweep and gc under hostile conditions: forged records, a
hung engine, other owners' containers, no HOME, and a test harness that must
not touch the caller's state. docker_* cases need the engine; the others run
without it (a fake docker, or direct mode)."""
import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from sxtest import SANDEXEC, check, expect, isolated_env, main, run, write  # noqa: E402
import test_e2e  # noqa: E402

IMAGE = test_e2e.IMAGE
OK = "print('{\"x\": 1}')\n"


def records_dir(tmp):
    return os.path.join(tmp, ".local", "state", "sandexec", "runs")


def put_record(tmp, run_id, rec, mode=0o600):
    d = records_dir(tmp)
    os.makedirs(d, mode=0o700, exist_ok=True)
    path = os.path.join(d, run_id)
    with open(path, "w") as f:
        f.write(rec if isinstance(rec, str) else json.dumps(rec))
    os.chmod(path, mode)
    return path


def events(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [json.loads(line) for line in f]


def cleanups(log):
    """The sweep's docker_cleanup events (a run logs its own as well)."""
    return [e for e in events(log)
            if e["event_type"] == "docker_cleanup" and e.get("removed_by") == "sweep"]


def exists(name):
    p = subprocess.run(["docker", "inspect", "--format", "{{.Name}}", name],
                       capture_output=True, text=True, timeout=60)
    return p.returncode == 0


def start(name, *labels):
    args = ["docker", "run", "-d", "--rm", "--name", name, "--network", "none"]
    for lab in labels:
        args += ["--label", lab]
    subprocess.run(args + [IMAGE, "sleep", "1000"], check=True, capture_output=True,
                   timeout=60)


def rm(*names):
    subprocess.run(["docker", "rm", "-f"] + list(names), capture_output=True, timeout=60)


FAKE_DOCKER = """#!/bin/sh
# Writes each call's argv and environment, answers nothing useful.
{ printf 'ARGV'; for a in "$@"; do printf ' %s' "$a"; done; printf '\\n'; env; } >> "CALLS"
case "$1" in
ps) exit 0 ;;
*) echo "fake docker: no" >&2; exit 125 ;;
esac
"""


def fake_docker(tmp):
    calls = os.path.join(tmp, "calls")
    path = write(tmp, "fake-docker", FAKE_DOCKER.replace("CALLS", calls))
    os.chmod(path, 0o755)
    return path, calls


def case_hermetic(tmp):
    """A test run keeps its state in its own directory, whatever the caller's
    XDG variables say."""
    outer = os.path.join(tmp, "outer")
    inner = os.path.join(tmp, "inner")
    os.makedirs(inner)
    for var in ("XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
        os.makedirs(os.path.join(outer, var))
        os.environ[var] = os.path.join(outer, var)
    write(inner, "s.py", OK)
    r = run(["--direct", "s.py"], inner)
    expect(r, 0, "ok")
    left = [os.path.join(d, f) for d, _, fs in os.walk(outer) for f in fs]
    check(left == [], "the caller's state was written: %s" % left)
    check(os.path.exists(os.path.join(inner, ".local/state/sandexec/sandbox_execution.json.log")),
          "no log in the test's own directory")


def case_forged_record_env(tmp):
    """A record's engine may not carry other variables, nor more of them than
    there are: nothing of it reaches a docker child."""
    docker, calls = fake_docker(tmp)
    write(tmp, "s.py", OK)
    many = {"DOCKER_X%d" % i: "v" for i in range(64)}
    ids = [secrets.token_hex(8) for _ in range(4)]
    put_record(tmp, ids[0], {"container": "sandexec-" + ids[0], "deadline": 1,
                             "engine": {"LD_PRELOAD": "/nonexistent/evil.so"}})
    put_record(tmp, ids[1], {"container": "sandexec-" + ids[1], "deadline": 1, "engine": many})
    put_record(tmp, ids[2], {"container": "sandexec-" + ids[2], "deadline": 1,
                             "engine": {"DOCKER_HOST": "unix:///nonexistent.sock",
                                        "PATH": "/tmp/evil"}})
    # Right in form, but writable by others: not ours to act on.
    put_record(tmp, ids[3], {"container": "sandexec-" + ids[3], "deadline": 1, "engine": {}},
               mode=0o666)
    log = os.path.join(tmp, "ev.log")
    r = run(["--log", log, "s.py"], tmp, SANDEXEC_DOCKER_BINARY=docker)
    check(r.report is not None, repr(r))
    text = open(calls).read() if os.path.exists(calls) else ""
    check("LD_PRELOAD" not in text and "DOCKER_X" not in text and "/tmp/evil" not in text,
          "a record's variables reached docker:\n%s" % text[:3000])
    for i in ids:
        check("sandexec-" + i not in text, "acted on a forged record %s:\n%s" % (i, text[:3000]))
    rejected = [e for e in cleanups(log) if e.get("reason") == "record_rejected"]
    check(sorted(e["abandoned_run"] for e in rejected) == sorted(ids), cleanups(log))
    check(os.listdir(records_dir(tmp)) == [], os.listdir(records_dir(tmp)))


def case_forged_state_dir(tmp):
    """A state directory writable by others is not swept at all."""
    docker, calls = fake_docker(tmp)
    write(tmp, "s.py", OK)
    rid = secrets.token_hex(8)
    put_record(tmp, rid, {"container": "sandexec-" + rid, "deadline": 1, "engine": {}})
    os.chmod(records_dir(tmp), 0o777)
    log = os.path.join(tmp, "ev.log")
    run(["--log", log, "s.py"], tmp, SANDEXEC_DOCKER_BINARY=docker)
    text = open(calls).read() if os.path.exists(calls) else ""
    check("sandexec-" + rid not in text and "label=sandexec.run=" + rid not in text, text[:3000])
    check([e["reason"] for e in cleanups(log)] == ["state_dir_rejected"], cleanups(log))
    check(os.listdir(records_dir(tmp)) == [rid], "the record went")


def case_gc_any_owner_argv(tmp):
    """gc lists only the caller's own containers unless told otherwise."""
    docker, calls = fake_docker(tmp)
    env = isolated_env(tmp, SANDEXEC_DOCKER_BINARY=docker)
    owner = "%d@%s" % (os.getuid(), socket.gethostname())
    for args, want in ((["gc"], "label=sandexec.owner=" + owner),
                       (["gc", "--owner", "x@y"], "label=sandexec.owner=x@y"),
                       (["gc", "--any-owner"], None)):
        if os.path.exists(calls):
            os.unlink(calls)
        p = subprocess.run([SANDEXEC] + args, cwd=tmp, env=env, capture_output=True, text=True,
                           timeout=60)
        check(p.returncode == 0, p)
        ps = [line for line in open(calls) if line.startswith("ARGV ps")]
        check(len(ps) == 1, ps)
        if want:
            check(want in ps[0].split(), ps)
        else:
            check("sandexec.owner" not in ps[0], ps)
    p = subprocess.run([SANDEXEC, "gc", "--owner", "a@b", "--any-owner"], cwd=tmp, env=env,
                       capture_output=True, text=True, timeout=60)
    check(p.returncode == 2, p)


def case_no_home_warns(tmp):
    """No XDG_STATE_HOME, no HOME, no passwd entry: one warning, and the run."""
    write(tmp, "s.py", OK)
    env = isolated_env(tmp)
    env.pop("HOME")
    p = subprocess.run(["unshare", "-U", "--map-user=54321", SANDEXEC, "--direct", "s.py"],
                       cwd=tmp, env=env, capture_output=True, text=True, timeout=60)
    check(p.returncode == 0, p)
    warnings = [line for line in p.stderr.splitlines() if "no state directory" in line]
    check(len(warnings) == 1, p.stderr)


def in_home_ns(tmp, home, args, **kw):
    """sandexec as uid 0 of a user namespace with no HOME, whose passwd home
    (/root) is home: the test's own directory, not the real one."""
    env = isolated_env(tmp)
    env.pop("HOME")
    script = 'mount --bind "$1" /root && shift && exec "$@"'
    return subprocess.Popen(["unshare", "-Urm", "sh", "-c", script, "sh", home, SANDEXEC] + args,
                            cwd=tmp, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **kw)


def case_docker_no_home_sweeps(tmp):
    """Without HOME the record goes to the passwd entry's home: a SIGKILLed
    run's container is swept by a later run."""
    home = os.path.join(tmp, "home")
    os.makedirs(home)
    write(tmp, "slow.py", "import time\ntime.sleep(1000)\n")
    write(tmp, "s.py", OK)
    # The timeout must not end the run before the test kills it, however
    # slowly a loaded engine starts the container; the sweep then waits
    # for it and the margin (the deadline label).
    p = in_home_ns(tmp, home, ["--image", IMAGE, "--timeout", "10", "slow.py"])
    try:
        runs = os.path.join(home, ".local/state/sandexec/runs")
        end = time.monotonic() + 10
        while time.monotonic() < end and not (os.path.isdir(runs) and os.listdir(runs)):
            time.sleep(0.1)
        check(os.path.isdir(runs) and len(os.listdir(runs)) == 1, "no run record under the "
              "passwd home")
        rid = os.listdir(runs)[0]
        test_e2e.wait_for_container(rid, timeout=30)
        p.kill()
        p.communicate(timeout=30)
        check(test_e2e.containers(rid), "the container did not outlive sandexec")
        # Its deadline (10 s of timeout plus the margin) is the engine's
        # label, not the record's: waited for, as the sweep asks the engine.
        label = test_e2e.wait_past_deadline(rid)
        q = in_home_ns(tmp, home, ["--image", IMAGE, "s.py"])
        out, err = q.communicate(timeout=120)
        check(q.returncode == 0, (out, err))
        log = os.path.join(home, ".local/state/sandexec/sandbox_execution.json.log")
        seen = {"run": rid, "label": label, "sweep": cleanups(log), "stderr": err,
                "records": {n: open(os.path.join(runs, n)).read() for n in os.listdir(runs)}}
        check(test_e2e.containers(rid) == [], ("not swept", seen))
        check(os.listdir(runs) == [], seen)
        check([e["abandoned_run"] for e in cleanups(log)] == [rid], seen)
    finally:
        if p.poll() is None:
            p.kill()
            p.communicate()


def case_docker_forged_record(tmp):
    """A record naming any container of the engine removes nothing: not a
    name that is not sandexec's, nor a sandexec-like name without the run's
    label."""
    rid = secrets.token_hex(8)
    mydb = "sxtest-mydb-" + secrets.token_hex(4)
    lookalike = "sandexec-" + rid
    start(mydb)
    start(lookalike)
    try:
        other = secrets.token_hex(8)
        put_record(tmp, other, {"container": mydb, "deadline": 1, "engine": {}})
        put_record(tmp, rid, {"container": lookalike, "deadline": 1, "engine": {}})
        log = os.path.join(tmp, "ev.log")
        write(tmp, "s.py", OK)
        r = run(["--image", IMAGE, "--log", log, "s.py"], tmp)
        expect(r, 0, "ok")
        check(exists(mydb), "a forged record removed %s" % mydb)
        check(exists(lookalike), "a container without the run's label was removed")
        reasons = sorted((e["abandoned_run"], e["reason"]) for e in cleanups(log))
        check(reasons == sorted([(other, "record_rejected"), (rid, "already_gone")]), reasons)
        check(os.listdir(records_dir(tmp)) == [], os.listdir(records_dir(tmp)))
    finally:
        rm(mydb, lookalike)


class HungEngine:
    """A unix socket that accepts every connection and never answers."""

    def __init__(self, path):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(path)
        self.sock.listen(64)
        self.held = []
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                self.held.append(self.sock.accept()[0])
            except OSError:
                return


def case_docker_hung_engine(tmp):
    """Records whose engine never answers cost a run at most the sweep's
    budget, are retried later, then given up."""
    sock = os.path.join(tmp, "hung.sock")
    engine = HungEngine(sock)
    ids = sorted(secrets.token_hex(8) for _ in range(2))
    for rid in ids:
        put_record(tmp, rid, {"container": "sandexec-" + rid, "deadline": 1,
                              "engine": {"DOCKER_HOST": "unix://" + sock}})
    write(tmp, "s.py", OK)
    log = os.path.join(tmp, "ev.log")

    def timed_run():
        n = len(cleanups(log))
        t0 = time.monotonic()
        r = run(["--image", IMAGE, "--timeout", "5", "--log", log, "s.py"], tmp)
        wall = time.monotonic() - t0
        expect(r, 0, "ok")
        check(wall < 2 + 5, "a run took %.1f s with a hung engine in its records" % wall)
        return [e["reason"] for e in cleanups(log)[n:]]

    def recs():
        return {rid: json.load(open(os.path.join(records_dir(tmp), rid)))
                for rid in os.listdir(records_dir(tmp))}

    check(timed_run() == ["retry_later", "budget_spent"], cleanups(log))
    tried = [rid for rid, rec in recs().items() if rec.get("attempts") == 1]
    check(len(tried) == 1 and recs()[tried[0]]["next_try"] > time.time() + 30, recs())
    # The budget covers reading as well: the record not yet due may come
    # after the hung call in the directory and be left unread.
    check(timed_run() in (["retry_later"], ["retry_later", "budget_spent"]), cleanups(log))
    check(all(rec.get("attempts") == 1 for rec in recs().values()), recs())
    check(timed_run() == [], "tried again before its time")
    # The last try: due now, one failure short of giving up.
    for rid, rec in recs().items():
        rec["attempts"], rec["next_try"] = 3, 1
        put_record(tmp, rid, rec)
    check(timed_run() == ["gave_up", "budget_spent"], cleanups(log))
    check(len(recs()) == 1, recs())
    check(engine.held, "the hung engine was never asked")


def case_docker_gc_owner(tmp):
    """gc removes only the containers of its owner: another owner's, expired
    or not, stays; so does one without an owner label."""
    tag = secrets.token_hex(4)
    me, other = "sxtest-%s@gc" % tag, "sxtest-other-%s@gc" % tag
    now = int(time.time())
    names = {k: "sxtest-gc-%s-%s" % (k, tag) for k in ("old", "new", "foreign", "unowned")}
    labels = {"old": (me, now - 10), "new": (me, now + 3600), "foreign": (other, now - 10),
              "unowned": (None, now - 10)}
    for k, (owner, deadline) in labels.items():
        lab = ["sandexec.run=gc-%s-%s" % (k, tag), "sandexec.deadline=%d" % deadline]
        if owner:
            lab.append("sandexec.owner=" + owner)
        start(names[k], *lab)
    try:
        env = isolated_env(tmp)

        def gc(*args):
            p = subprocess.run([SANDEXEC, "gc"] + list(args), cwd=tmp, env=env,
                               capture_output=True, text=True, timeout=120)
            check(p.returncode == 0, p)
            return p.stdout

        out = gc("--owner", me)
        check("removed  %s" % names["old"] in out and "kept     %s" % names["new"] in out, out)
        check(names["foreign"] not in out and names["unowned"] not in out, out)
        check(not exists(names["old"]) and exists(names["new"]), out)
        out = gc("--all", "--owner", me)
        check("removed  %s" % names["new"] in out and not exists(names["new"]), out)
        check(exists(names["foreign"]) and exists(names["unowned"]), "another's was removed")
        # The default owner is uid@hostname: in a namespace of a hostname of
        # its own, plain gc has nothing of ours, and the expired containers
        # of other owners stay.
        p = subprocess.run(["unshare", "-Uru", "sh", "-c", 'hostname "$1" && shift && exec "$@"',
                            "sh", "sxtest-" + tag, SANDEXEC, "gc"], cwd=tmp, env=env,
                           capture_output=True, text=True, timeout=120)
        check(p.returncode == 0 and p.stdout == "", p)
        check(exists(names["foreign"]) and exists(names["unowned"]), "plain gc removed them")
        # And a run labels its container with the caller's owner.
        write(tmp, "s.py", OK)
        p = subprocess.run([SANDEXEC, "--dry-run", "--format", "json", "--image", IMAGE, "s.py"],
                           cwd=tmp, env=env, capture_output=True, text=True, timeout=60)
        argv = json.loads(p.stdout)["argv"]
        check("sandexec.owner=%d@%s" % (os.getuid(), socket.gethostname()) in argv, argv)
    finally:
        rm(*names.values())


def in_uts(tmp, host, args, **kw):
    """sandexec in a UTS namespace of hostname host: its owner label is
    uid@host, no one else's."""
    env = isolated_env(tmp, **kw)
    return subprocess.run(["unshare", "-Uru", "sh", "-c", 'hostname "$1" && shift && exec "$@"',
                           "sh", host, SANDEXEC] + list(args), cwd=tmp, env=env,
                          capture_output=True, text=True, timeout=120)


def case_docker_sweep_asks_engine(tmp):
    """A record only says when to ask: the sweep removes a container only when
    the engine shows the caller's owner label and a deadline label that has
    passed. Forged records (deadline 1) naming another owner's live
    container, or a live concurrent run of the caller's, remove nothing,
    through a run or through plain gc."""
    tag = secrets.token_hex(4)
    host = "sxtest-sweep-" + tag
    me = "%d@%s" % (os.getuid(), host)
    now = int(time.time())
    ids = {k: secrets.token_hex(8) for k in ("foreign", "live", "expired", "gc_foreign")}
    owners = {"foreign": ("4242@someoneelse-" + tag, now + 86400),
              "live": (me, now + 3600), "expired": (me, now - 10),
              "gc_foreign": ("4242@someoneelse-" + tag, now + 86400)}
    names = {k: "sandexec-" + rid for k, rid in ids.items()}
    for k, (owner, deadline) in owners.items():
        start(names[k], "sandexec.run=" + ids[k], "sandexec.owner=" + owner,
              "sandexec.deadline=%d" % deadline)
    try:
        for k in ("foreign", "live", "expired"):
            put_record(tmp, ids[k], {"container": names[k], "deadline": 1, "engine": {}})
        write(tmp, "s.py", OK)
        log = os.path.join(tmp, "ev.log")
        p = in_uts(tmp, host, ["--image", IMAGE, "--log", log, "s.py"])
        check(p.returncode == 0, p)
        check(exists(names["foreign"]), "a forged record removed another owner's container")
        check(exists(names["live"]), "a forged record removed a live run of the caller's")
        check(not exists(names["expired"]), "the caller's expired container was not removed")
        reasons = {e["abandoned_run"]: e["reason"] for e in cleanups(log)}
        check(reasons == {ids["foreign"]: "not_ours", ids["live"]: "not_yet",
                          ids["expired"]: "deadline_passed"}, cleanups(log))
        # The live run's record now holds the engine's deadline: not asked
        # again before it.
        check(sorted(os.listdir(records_dir(tmp))) == [ids["live"]], os.listdir(records_dir(tmp)))
        rec = json.load(open(os.path.join(records_dir(tmp), ids["live"])))
        check(rec["deadline"] == now + 3600, rec)
        n = len(cleanups(log))
        p = in_uts(tmp, host, ["--image", IMAGE, "--log", log, "s.py"])
        check(p.returncode == 0 and cleanups(log)[n:] == [], cleanups(log)[n:])
        # Plain gc sweeps first: same rule.
        put_record(tmp, ids["gc_foreign"], {"container": names["gc_foreign"], "deadline": 1,
                                            "engine": {}})
        p = in_uts(tmp, host, ["gc"])
        check(p.returncode == 0, p)
        check(exists(names["gc_foreign"]), "plain gc removed another owner's container")
        check(exists(names["live"]), "plain gc removed a live run of the caller's")
        check(ids["gc_foreign"] not in os.listdir(records_dir(tmp)), os.listdir(records_dir(tmp)))
    finally:
        rm(*names.values())


def fill_records(tmp, n, deadline, prefix):
    d = records_dir(tmp)
    os.makedirs(d, mode=0o700, exist_ok=True)
    ids = []
    for i in range(n):
        rid = "%s%0*x" % (prefix, 16 - len(prefix), i)
        fd = os.open(os.path.join(d, rid), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.write(fd, json.dumps({"container": "sandexec-" + rid, "deadline": deadline,
                                 "engine": {}}).encode())
        os.close(fd)
        ids.append(rid)
    return ids


def case_many_records(tmp):
    """Records do not pile up: a sweep looks at a bounded number of entries,
    keeps a bounded number of records, and removes (logged) those beyond it
    and those whose deadline no run could have; later sweeps go on from
    there."""
    docker, calls = fake_docker(tmp)
    write(tmp, "s.py", OK)
    far = int(time.time()) + 3 * 24 * 3600
    fill_records(tmp, 10000, far, "b")
    impossible = fill_records(tmp, 50, 99999999999, "c")
    log = os.path.join(tmp, "ev.log")
    counts = []
    for _ in range(15):
        t0 = time.monotonic()
        r = run(["--log", log, "s.py"], tmp, SANDEXEC_DOCKER_BINARY=docker)
        wall = time.monotonic() - t0
        check(r.report is not None, repr(r))
        check(wall < 10, "a run took %.1f s" % wall)
        counts.append(len(os.listdir(records_dir(tmp))))
        if counts[-1] <= 256:
            break
    # At most 1024 entries looked at per sweep, so at most that many gone.
    check(10050 - 1024 <= counts[0] <= 10050 - 256, counts)
    check(counts[-1] == 256, "records still piling up: %s" % counts)
    left = set(os.listdir(records_dir(tmp)))
    check(not left & set(impossible), "records of impossible deadlines stay")
    reasons = [e["reason"] for e in cleanups(log)]
    check("too_many_records" in reasons, sorted(set(reasons)))
    check(sum(1 for e in cleanups(log) if e.get("abandoned_run") in impossible) <= 50, reasons)


def case_dir_record(tmp):
    """An entry named like a run id that is a directory is not a record: an
    empty one is removed, one with something in it set aside; each is
    logged once, with what became of it."""
    docker, calls = fake_docker(tmp)
    write(tmp, "s.py", OK)
    d = records_dir(tmp)
    empty, full = "0123456789abcdef", "fedcba9876543210"
    os.makedirs(os.path.join(d, empty))
    os.makedirs(os.path.join(d, full, "sub"))
    os.chmod(d, 0o700)
    log = os.path.join(tmp, "ev.log")
    for _ in range(3):
        run(["--log", log, "s.py"], tmp, SANDEXEC_DOCKER_BINARY=docker)
    check(not os.path.exists(os.path.join(d, empty)), os.listdir(d))
    check(not os.path.exists(os.path.join(d, full)), os.listdir(d))
    rejected = [e for e in cleanups(log) if e.get("reason") == "record_rejected"]
    check(sorted(e["abandoned_run"] for e in rejected) == [empty, full], rejected)
    msgs = {e["abandoned_run"]: e["message"] for e in rejected}
    check("rejected and removed" in msgs[empty], msgs)
    check("set aside" in msgs[full], msgs)


CASES = {name[len("case_"):]: fn for name, fn in sorted(globals().items())
         if name.startswith("case_")}


def prologue():
    if sys.argv[1].startswith("docker_"):
        return test_e2e.prologue()
    return None


if __name__ == "__main__":
    sys.exit(main(CASES, prologue))
