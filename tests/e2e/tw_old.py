#!/usr/bin/env python3
"""The warm start against the real engine: spares claimed, refilled after
the report without anyone waiting, matched to their configuration, never
reused, never trusted beyond what the engine says, ending by themselves."""
import fcntl
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
from sxtest import (SANDEXEC, check, drop_spares, expect, isolated_env, main, run,  # noqa: E402
                    write)
from test_e2e import (IMAGE, events, fake_docker, prologue, start_engine,  # noqa: E402
                      stop_engine)

TRIVIAL = "import json\nprint(json.dumps({'x': 1}))\n"


def env_warm(tmp, **extra):
    """Warm start on (isolated_env turns it off for the other suites)."""
    env = isolated_env(tmp, **extra)
    env.pop("SANDEXEC_DOCKER_SPARES", None)
    env.setdefault("SANDEXEC_DOCKER_SPARE_IDLE", "60s")
    return env


def registry(tmp):
    """{key: [container names]} of the test's own state directory."""
    top = os.path.join(tmp, ".local", "state", "sandexec", "spares")
    out = {}
    if os.path.isdir(top):
        for key in os.listdir(top):
            out[key] = ["sandexec-" + n for n in os.listdir(os.path.join(top, key))
                        if not n.startswith(".")]
    return out


def registered(tmp):
    return [n for names in registry(tmp).values() for n in names]


def exists(name):
    out = subprocess.run(["docker", "ps", "-a", "-q", "--filter", "name=^%s$" % name],
                         capture_output=True, text=True, timeout=30).stdout
    return bool(out.split())


def running(name):
    out = subprocess.run(["docker", "ps", "-q", "--filter", "name=^%s$" % name],
                         capture_output=True, text=True, timeout=30).stdout
    return bool(out.split())


def wait_for(what, cond, seconds=30):
    for _ in range(int(seconds * 10)):
        if cond():
            return
        time.sleep(0.1)
    check(False, "%s: not within %d s" % (what, seconds))


def warm(tmp, env, *args):
    p = subprocess.run([SANDEXEC, "warm"] + list(args), cwd=tmp, env=env, capture_output=True,
                       text=True, timeout=120)
    check(p.returncode == 0, "sandexec warm: %r" % p)
    return p


def wait_fill_done(tmp):
    """The detached fill of the last run holds its key's lock while it works."""
    top = os.path.join(tmp, ".local", "state", "sandexec", "spares")
    wait_for("a spare directory", lambda: os.path.isdir(top) and os.listdir(top), 30)
    for key in os.listdir(top):
        fd = os.open(os.path.join(top, key, ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        wait_for("the fill's lock", lambda: try_lock(fd), 60)
        os.close(fd)


def wait_new_spare(tmp, old=()):
    """Wait for a spare registered that is not one of old; returns it."""
    found = []

    def new():
        found[:] = [n for n in registered(tmp) if n not in old]
        return bool(found)
    wait_for("a new spare", new, 60)
    wait_fill_done(tmp)
    return found[0]


def try_lock(fd):
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return True
    except OSError:
        return False


def case_hit(tmp):
    """sandexec warm, then a run claims the spare: same report as cold (warm
    true), its removal confirmed after the report, its record dropped, and
    the next spare started for the run after it."""
    env = env_warm(tmp)
    p = warm(tmp, env)
    check(p.stdout == "1 started, 1 ready\n", p.stdout)
    spare = registered(tmp)
    check(len(spare) == 1 and running(spare[0]), spare)
    write(tmp, "s.py", TRIVIAL)
    log = os.path.join(tmp, "ev.log")
    r = run(["--image", IMAGE, "--log", log, "s.py", "a b", "c"], tmp, env=env)
    expect(r, 0, "ok")
    rep = r.report
    check(rep["warm"] is True and rep["container"] == spare[0] and rep["result"] == {"x": 1},
          repr(r))
    check(rep["args"] == ["a b", "c"] and rep["mode"] == "docker" and rep["sandboxed"], rep)
    check(rep["usage"]["wall_ms"] is not None and rep["usage"]["cpu_user_ms"] < 1000, rep)
    wait_for("the spare removed", lambda: not exists(spare[0]), 30)
    wait_for("its docker_cleanup event",
             lambda: any(e["event_type"] == "docker_cleanup" for e in events(log)), 30)
    ev = events(log)
    mode = [e for e in ev if e["event_type"] == "execution_mode_selected"]
    check(len(mode) == 1 and mode[0]["warm"] is True and mode[0]["container"] == spare[0], mode)
    types = [e["event_type"] for e in ev]
    check(types.index("run_finished") < types.index("docker_cleanup"), types)
    clean = [e for e in ev if e["event_type"] == "docker_cleanup"][0]
    check(clean["removed"] is True and clean["container"] == spare[0] and
          clean["run_id"] == rep["run_id"], clean)
    fin = [e for e in ev if e["event_type"] == "run_finished"][0]
    check(fin["warm"] is True, fin)
    runs = os.path.join(tmp, ".local", "state", "sandexec", "runs")
    wait_for("its record dropped", lambda: spare[0][9:] not in os.listdir(runs), 30)
    # The run started the next spare: a new one, never the same container.
    nxt = wait_new_spare(tmp, spare)
    check(registered(tmp) == [nxt] and running(nxt), registered(tmp))
    r = run(["--image", IMAGE, "s.py"], tmp, env=env)
    expect(r, 0, "ok")
    check(r.report["warm"] is True and r.report["container"] == nxt, repr(r))


def case_miss_then_refill(tmp):
    """No spare: the run is cold and says why; the spare it leaves is
    claimed by the next run."""
    env = env_warm(tmp)
    write(tmp, "s.py", TRIVIAL)
    log = os.path.join(tmp, "ev.log")
    r = run(["--image", IMAGE, "--log", log, "s.py"], tmp, env=env)
    expect(r, 0, "ok")
    check(r.report["warm"] is False, repr(r))
    mode = [e for e in events(log) if e["event_type"] == "execution_mode_selected"]
    check(mode[0]["warm"] is False and
          mode[0]["cold_reason"] == "no spare of this configuration ready", mode)
    first = wait_new_spare(tmp)
    r = run(["--image", IMAGE, "s.py"], tmp, env=env)
    expect(r, 0, "ok")
    check(r.report["warm"] is True and r.report["container"] == first, repr(r))
    # docker.spares 0: cold, and nothing is started after it.
    wait_new_spare(tmp, [first])
    before = registered(tmp)
    env0 = dict(env, SANDEXEC_DOCKER_SPARES="0")
    r = run(["--image", IMAGE, "--log", log, "s.py"], tmp, env=env0)
    expect(r, 0, "ok")
    check(r.report["warm"] is False, repr(r))
    mode = [e for e in events(log) if e["event_type"] == "execution_mode_selected"][-1]
    check(mode["cold_reason"] == "docker.spares is 0", mode)
    time.sleep(2)
    check(registered(tmp) == before, (registered(tmp), before))


def case_config_key(tmp):
    """A spare serves only the configuration it was made for: another memory
    limit runs cold; the same one claims it. --data always runs cold."""
    env = env_warm(tmp)
    warm(tmp, env, "--image", IMAGE, "--memory", "256m")
    spare = registered(tmp)
    write(tmp, "s.py", TRIVIAL)
    r = run(["--image", IMAGE, "s.py"], tmp, env=env)
    expect(r, 0, "ok")
    check(r.report["warm"] is False, repr(r))
    check(running(spare[0]), "the other configuration's spare is still there")
    r = run(["--image", IMAGE, "--memory", "256m", "s.py"], tmp, env=env)
    expect(r, 0, "ok")
    check(r.report["warm"] is True and r.report["container"] == spare[0], repr(r))
    data = os.path.join(tmp, "data")
    os.mkdir(data)
    wait_new_spare(tmp, spare)
    log = os.path.join(tmp, "ev.log")
    r = run(["--image", IMAGE, "--memory", "256m", "--data", data, "--log", log, "s.py"], tmp,
            env=env)
    expect(r, 0, "ok")
    check(r.report["warm"] is False, repr(r))
    mode = [e for e in events(log) if e["event_type"] == "execution_mode_selected"]
    check("--data" in mode[0]["cold_reason"], mode)


def case_concurrent_claims(tmp):
    """One spare, two runs at once: exactly one gets it."""
    env = env_warm(tmp)
    warm(tmp, env, "--image", IMAGE)
    write(tmp, "s.py", "import json, time\ntime.sleep(0.5)\nprint(json.dumps({'x': 1}))\n")
    procs = [subprocess.Popen([SANDEXEC, "--image", IMAGE, "s.py"], cwd=tmp, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    reps = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        check(p.returncode == 0, (out, err))
        reps.append(json.loads(out))
    warmth = sorted(rep["warm"] for rep in reps)
    check(warmth == [False, True], reps)
    check(reps[0]["container"] != reps[1]["container"], reps)


def case_broken_spare(tmp):
    """A registered spare that died: the run goes cold without a failure,
    and says so in the log."""
    env = env_warm(tmp)
    warm(tmp, env, "--image", IMAGE)
    spare = registered(tmp)
    subprocess.run(["docker", "kill", spare[0]], capture_output=True, timeout=60)
    wait_for("the killed spare gone", lambda: not exists(spare[0]), 30)
    write(tmp, "s.py", TRIVIAL)
    log = os.path.join(tmp, "ev.log")
    r = run(["--image", IMAGE, "--log", log, "s.py"], tmp, env=env)
    expect(r, 0, "ok")
    check(r.report["warm"] is False and r.report["result"] == {"x": 1}, repr(r))
    ev = events(log)
    bad = [e for e in ev if e["event_type"] == "spare_unusable"]
    check(len(bad) == 1 and bad[0]["container"] == spare[0], ev)
    modes = [e["warm"] for e in ev if e["event_type"] == "execution_mode_selected"]
    check(modes == [True, False], modes)


def case_hung_spare(tmp):
    """A spare that does not answer (its supervisor stopped): given up after
    3 s, then the run goes cold with what is left of its timeout; the run's
    duration covers both. A paused one is not used at all."""
    env = env_warm(tmp)
    warm(tmp, env, "--image", IMAGE, "--timeout", "10")
    spare = registered(tmp)[0]
    pid = int(subprocess.run(["docker", "inspect", "--format", "{{.State.Pid}}", spare],
                             capture_output=True, text=True, check=True).stdout)
    os.kill(pid, signal.SIGSTOP)
    write(tmp, "s.py", "import json, time\ntime.sleep(0.5)\nprint(json.dumps({'x': 1}))\n")
    log = os.path.join(tmp, "ev.log")
    t0 = time.monotonic()
    r = run(["--image", IMAGE, "--timeout", "10", "--log", log, "s.py"], tmp, env=env)
    took = time.monotonic() - t0
    expect(r, 0, "ok")
    check(r.report["warm"] is False and r.report["result"] == {"x": 1}, repr(r))
    check(3000 <= r.report["duration_ms"] <= took * 1000 + 50,
          (r.report["duration_ms"], took, [e for e in events(log) if e["event_type"] == "spare_unusable"]))
    check(took < 10, "the timeout was spent twice: %.1f s" % took)
    bad = [e for e in events(log) if e["event_type"] == "spare_unusable"]
    check(len(bad) == 1 and bad[0]["container"] == spare, bad)
    wait_for("the hung spare removed", lambda: not exists(spare), 30)
    # Paused: the engine says so, and the run goes cold at once.
    nxt = wait_new_spare(tmp, [spare])
    subprocess.run(["docker", "pause", nxt], check=True, capture_output=True, timeout=60)
    t0 = time.monotonic()
    r = run(["--image", IMAGE, "--timeout", "10", "--log", log, "s.py"], tmp, env=env)
    expect(r, 0, "ok")
    check(r.report["warm"] is False and time.monotonic() - t0 < 3 + 2.5, repr(r))
    bad = [e for e in events(log) if e["event_type"] == "spare_unusable"]
    check(len(bad) == 2 and "not running" in bad[1]["reason"], bad)
    wait_for("the paused spare removed", lambda: not exists(nxt), 30)


def case_preload_quiet_and_oom(tmp):
    """What a preloaded module prints is not the script's; a script process
    killed during its imports (the memory limit) is replaced by a fresh one
    without them, and the spare still serves the run."""
    env = env_warm(tmp)
    conf = write(tmp, "c.yaml", "docker:\n  preload: [this, json]\n")
    write(tmp, "s.py", TRIVIAL)
    warm(tmp, env, "-c", conf, "--image", IMAGE)
    time.sleep(3)
    r = run(["-c", conf, "--image", IMAGE, "s.py"], tmp, env=env)
    expect(r, 0, "ok")
    check(r.report["warm"] is True and r.report["stdout"] == "", repr(r))
    check("Zen" not in r.stderr, r.stderr)
    warm(tmp, env, "--image", IMAGE, "--memory", "40m")
    time.sleep(4)
    r = run(["--image", IMAGE, "--memory", "40m", "s.py"], tmp, env=env)
    expect(r, 0, "ok")
    check(r.report["warm"] is True and r.report["usage"]["max_rss_kib"] < 30 * 1024, repr(r))


def case_image_changed(tmp):
    """The tag names another image than the spare runs: the spare is
    removed unused and the run goes cold, on the new image."""
    env = env_warm(tmp)
    tag = "sandexec-warm-test-%d:1" % os.getpid()
    subprocess.run(["docker", "tag", IMAGE, tag], check=True, timeout=60)
    made = subprocess.run(["docker", "create", IMAGE, "true"], capture_output=True, text=True,
                          check=True, timeout=60).stdout.strip()
    try:
        warm(tmp, env, "--image", tag)
        spare = registered(tmp)
        check(len(spare) == 1 and running(spare[0]), spare)
        subprocess.run(["docker", "commit", "--change", "LABEL sandexec.test=new", made, tag],
                       check=True, capture_output=True, timeout=120)
        write(tmp, "s.py", TRIVIAL)
        log = os.path.join(tmp, "ev.log")
        r = run(["--image", tag, "--log", log, "s.py"], tmp, env=env)
        expect(r, 0, "ok")
        check(r.report["warm"] is False, repr(r))
        bad = [e for e in events(log) if e["event_type"] == "spare_unusable"]
        check(len(bad) == 1 and "another image" in bad[0]["reason"], bad)
        wait_for("the stale spare removed", lambda: not exists(spare[0]), 30)
    finally:
        wait_fill_done(tmp)
        for n in registered(tmp):
            subprocess.run(["docker", "rm", "--force", n], capture_output=True, timeout=60)
        subprocess.run(["docker", "rm", "--force", made], capture_output=True, timeout=60)
        subprocess.run(["docker", "rmi", "--force", tag], capture_output=True, timeout=60)


def case_idle_expiry(tmp):
    """An unclaimed spare ends by itself after docker.spare_idle, and the
    engine removes it: nothing is left, though sandexec is never called
    again."""
    env = env_warm(tmp, SANDEXEC_DOCKER_SPARE_IDLE="2s")
    warm(tmp, env, "--image", IMAGE)
    spare = registered(tmp)
    check(len(spare) == 1 and running(spare[0]), spare)
    t0 = time.monotonic()
    wait_for("the idle spare gone", lambda: not exists(spare[0]), 30)
    check(time.monotonic() - t0 >= 0.5, "ended before its idle time")
    # Its stale registry entry is dropped by the next claim, which runs cold.
    write(tmp, "s.py", TRIVIAL)
    r = run(["--image", IMAGE, "s.py"], tmp, env=env)
    expect(r, 0, "ok")
    check(r.report["warm"] is False, repr(r))


def case_forged_registry(tmp):
    """A registry file naming a container that is not a spare of this
    configuration and user: nothing is sent to it, it is left alone, and
    the run goes cold."""
    env = env_warm(tmp)
    warm(tmp, env, "--image", IMAGE)
    key = list(registry(tmp))[0]
    d = os.path.join(tmp, ".local", "state", "sandexec", "spares", key)
    for n in os.listdir(d):
        if not n.startswith("."):
            subprocess.run(["docker", "rm", "--force", "sandexec-" + n], capture_output=True,
                           timeout=60)
            os.unlink(os.path.join(d, n))
    rid = "%016x" % (os.getpid() * 7919)
    name = "sandexec-" + rid
    subprocess.run(["docker", "run", "-d", "-i", "--rm", "--name", name, "--network", "none",
                    IMAGE, "python3", "-c",
                    "import sys, time\ndata = sys.stdin.read()\n"
                    "print('got %d bytes' % len(data), flush=True)\ntime.sleep(120)\n"],
                   check=True, capture_output=True, timeout=60)
    try:
        with open(os.path.join(d, rid), "w") as f:
            f.write("%s %d\n" % (name, int(time.time()) + 600))
        os.chmod(os.path.join(d, rid), 0o600)
        write(tmp, "s.py", TRIVIAL)
        log = os.path.join(tmp, "ev.log")
        r = run(["--image", IMAGE, "--log", log, "s.py"], tmp, env=env)
        expect(r, 0, "ok")
        check(r.report["warm"] is False and r.report["container"] != name, repr(r))
        bad = [e for e in events(log) if e["event_type"] == "spare_unusable"]
        check(len(bad) == 1 and "left alone" in bad[0]["reason"], bad)
        check(running(name), "the foreign container was touched")
        logs = subprocess.run(["docker", "logs", name], capture_output=True, text=True,
                              timeout=30)
        check("got" not in logs.stdout, logs.stdout)
        # An impostor with the spare's labels (this key, this owner), but its
        # own command and a bind mount: not believed either.
        subprocess.run(["docker", "rm", "--force", name], capture_output=True, timeout=60)
        wait_new_spare(tmp)  # the one the cold run left: out of the way
        for n in os.listdir(d):
            if not n.startswith("."):
                subprocess.run(["docker", "rm", "--force", "sandexec-" + n],
                               capture_output=True, timeout=60)
                os.unlink(os.path.join(d, n))
        owner = "%d@%s" % (os.getuid(), socket.gethostname())
        subprocess.run(["docker", "run", "-d", "-i", "--rm", "--name", name, "--network", "none",
                        "--label", "sandexec.spare=" + key, "--label", "sandexec.owner=" + owner,
                        "--label", "sandexec.run=" + rid, "-v", tmp + ":/host",
                        IMAGE, "python3", "-c",
                        "import sys, time\ndata = sys.stdin.read()\n"
                        "print('got %d bytes' % len(data), flush=True)\ntime.sleep(120)\n"],
                       check=True, capture_output=True, timeout=60)
        with open(os.path.join(d, rid), "w") as f:
            f.write("%s %d\n" % (name, int(time.time()) + 600))
        os.chmod(os.path.join(d, rid), 0o600)
        r = run(["--image", IMAGE, "--log", log, "s.py"], tmp, env=env)
        expect(r, 0, "ok")
        check(r.report["warm"] is False and r.report["container"] != name, repr(r))
        bad = [e for e in events(log) if e["event_type"] == "spare_unusable"]
        check(len(bad) == 2 and "left alone" in bad[1]["reason"], bad)
        check(running(name), "the impostor was touched")
        logs = subprocess.run(["docker", "logs", name], capture_output=True, text=True,
                              timeout=30)
        check("got" not in logs.stdout, logs.stdout)
    finally:
        subprocess.run(["docker", "rm", "--force", name], capture_output=True, timeout=60)


def case_nobody_waits_for_the_fill(tmp):
    """The next spare is started after the report by a process that holds
    none of the caller's descriptors: a caller reading sandexec's pipes to
    their end (make, cron, a loop) is not held up by a slow engine."""
    env = env_warm(tmp)
    slow = fake_docker(tmp, 'if [ "$1" = create ]; then sleep 6; fi')
    write(tmp, "s.py", TRIVIAL)
    t0 = time.monotonic()
    r = run(["--image", IMAGE, "--set", "docker.binary=" + slow, "s.py"], tmp, env=env)
    took = time.monotonic() - t0
    expect(r, 0, "ok")
    check(took < 5, "the caller waited %.1f s for the fill" % took)
    spare = wait_new_spare(tmp)
    check(running(spare), spare)


def case_teardown_skipped(tmp):
    """The script's process ends as the interpreter would (threads joined,
    atexit run, streams flushed, exit status rules), without its teardown."""
    env = env_warm(tmp)
    write(tmp, "s.py",
          "import atexit, json, sys, threading, time\n"
          "def late():\n    time.sleep(0.3)\n    print('thread done')\n"
          "threading.Thread(target=late).start()\n"
          "atexit.register(lambda: print(json.dumps({'atexit': True})))\n"
          "sys.stdout.write('unflushed ')\n"
          "sys.exit('bye')\n")
    for warm_first in (True, False):
        if warm_first:
            warm(tmp, env, "--image", IMAGE)
        r = run(["--image", IMAGE, "s.py"], tmp, env=env)
        expect(r, 1, "strategy_error")
        check(r.report["warm"] is warm_first, repr(r))
        check(r.report["stdout"] == 'unflushed thread done\n{"atexit": true}\n' and
              r.report["result"] is None and r.report["exit_code"] == 1, repr(r))
        check(r.stderr.startswith("bye\n"), r.stderr)
        wait_new_spare(tmp, [r.report["container"]] if warm_first else [])
        for n in registered(tmp):
            subprocess.run(["docker", "rm", "--force", n], capture_output=True, timeout=60)
        top = os.path.join(tmp, ".local", "state", "sandexec", "spares")
        for key in os.listdir(top):
            for n in os.listdir(os.path.join(top, key)):
                if not n.startswith("."):
                    os.unlink(os.path.join(top, key, n))
    write(tmp, "t.py", "import sys\nprint('x')\nsys.exit(259)\n")
    r = run(["--image", IMAGE, "t.py"], tmp, env=env)
    expect(r, 1, "strategy_error")
    check(r.report["exit_code"] == 3, repr(r))


def case_gc_knows_spares(tmp):
    """gc keeps a live spare (its deadline is ahead); gc --all removes it and
    empties the registry. In a UTS namespace of a hostname of its own, so
    that gc's owner is this test alone."""
    env = env_warm(tmp)
    host = "sxwarm-%d" % os.getpid()

    def uts(*args):
        return subprocess.run(["unshare", "-Uru", "sh", "-c", 'hostname "$1" && shift && exec "$@"',
                               "sh", host, SANDEXEC] + list(args), cwd=tmp, env=env,
                              capture_output=True, text=True, timeout=120)
    p = uts("warm", "--image", IMAGE)
    check(p.returncode == 0, p)
    spare = registered(tmp)
    check(len(spare) == 1 and running(spare[0]), spare)
    p = uts("gc")
    check(p.returncode == 0 and ("kept     %s" % spare[0]) in p.stdout, p)
    check(running(spare[0]) and registered(tmp) == spare, "plain gc removed a live spare")
    p = uts("gc", "--all")
    check(p.returncode == 0 and ("removed  %s" % spare[0]) in p.stdout, p)
    check(not exists(spare[0]) and registered(tmp) == [], registry(tmp))


def case_two_engines(tmp):
    """The README's recipe: a batch spread over two engines with xargs -P,
    each engine with its own spares (DOCKER_HOST is part of the key)."""
    base = tempfile.mkdtemp(prefix="sx-engine2-", dir="/tmp")
    host2, daemon, dlog = start_engine(base)
    try:
        env = env_warm(tmp)
        env1 = dict(env)
        env1.pop("DOCKER_HOST", None)
        warm(tmp, env1, "--image", IMAGE)
        warm(tmp, dict(env, DOCKER_HOST=host2), "--image", IMAGE)
        check(len(registry(tmp)) == 2, registry(tmp))
        names = []
        for i in range(6):
            names.append("s%d.py" % i)
            write(tmp, names[-1], "import json\nprint(json.dumps({'n': %d}))\n" % i)
        engines = write(tmp, "engines", "unix:///var/run/docker.sock\n%s\n" % host2)
        # One line a strategy, "ENGINE FILE"; xargs -P runs two at a time.
        with open(engines) as f:
            hosts = f.read().split()
        batch = write(tmp, "batch", "".join("%s %s\n" % (hosts[i % 2], n)
                                            for i, n in enumerate(names)))
        p = subprocess.run(
            ["sh", "-c", "xargs -P 2 -L 1 sh -c 'DOCKER_HOST=$0 %s --image %s -o $1.json $1' "
             "< %s" % (SANDEXEC, IMAGE, batch)],
            cwd=tmp, env=env, capture_output=True, text=True, timeout=300)
        check(p.returncode == 0, p)
        warm_runs = 0
        for i, n in enumerate(names):
            with open(os.path.join(tmp, n + ".json")) as f:
                rep = json.load(f)
            check(rep["status"] == "ok" and rep["result"] == {"n": i}, rep)
            warm_runs += rep["warm"]
        check(warm_runs >= 2, "no warm run on some engine: %d" % warm_runs)
        left = subprocess.run(["docker", "ps", "-aq", "--filter", "label=sandexec.run"],
                              env=dict(os.environ, DOCKER_HOST=host2), capture_output=True,
                              text=True).stdout.split()
        wait_fill_done(tmp)
        check(len(left) <= 1, "more than a spare left on the second engine: %s" % left)
    finally:
        stop_engine(base, daemon, dlog)


def cleaned(f):
    """f, then the spares its runs left are removed (sxtest.drop_spares)."""
    def case(tmp):
        try:
            f(tmp)
        finally:
            drop_spares(tmp)
    return case


CASES = {n[5:]: cleaned(f) for n, f in sorted(globals().items()) if n.startswith("case_")}

if __name__ == "__main__":
    sys.exit(main(CASES, prologue))
