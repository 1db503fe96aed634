#!/bin/sh
# Prepare this machine to build, run and test sandexec: install the Debian
# packages that are missing, register gVisor's runsc with the engine, start
# dockerd when no daemon answers, build the sandbox image when it is missing,
# build sandexec into build/, and, as root, install it under /usr/local.
# Needs root for the first three steps (apt-get, daemon.json, dockerd).
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
image=${SANDEXEC_IMAGE:-sandexec-python:bookworm}
log=${SANDEXEC_DOCKERD_LOG:-/tmp/sandexec-dockerd.log}
daemon_json=${SANDEXEC_DAEMON_JSON:-/etc/docker/daemon.json}
# gVisor's platform: ptrace works wherever runsc does (register-runsc.py).
runsc_platform=${SANDEXEC_RUNSC_PLATFORM:-ptrace}

say() { printf 'setup: %s\n' "$*" >&2; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

packages="meson ninja-build pkg-config gcc libc6-dev libyaml-dev libcjson-dev libmd-dev check
	docker.io mmdebstrap python3 python3-numpy python3-pandas valgrind ca-certificates
	clang libclang-rt-14-dev podman catatonit runsc systemd"

install_packages() {
	missing=
	for p in $packages; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
			missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	[ "$(id -u)" = 0 ] || die "missing packages:$missing (run as root to install them)"
	say "installing:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

daemon_up() { docker info >/dev/null 2>&1; }

start_dockerd() {
	daemon_up && return 0
	[ "$(id -u)" = 0 ] || die "no Docker daemon answers and only root can start one"
	command -v dockerd >/dev/null || die "dockerd not found (apt-get install docker.io)"
	# A killed dockerd leaves its pid file behind and a new one refuses to
	# start while it exists: remove it when no process of that pid is alive.
	# One that is alive but does not answer is shutting down (its
	# containers get 10 s each to stop): wait for it to go.
	pidfile=/var/run/docker.pid
	if [ -f "$pidfile" ]; then
		pid=$(cat "$pidfile" 2>/dev/null || true)
		i=0
		while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do
			daemon_up && return 0
			[ $i -eq 0 ] && say "waiting for dockerd ($pid), alive but not answering, to exit"
			i=$((i + 1))
			[ $i -le 60 ] || die "dockerd ($pid) is alive but has not answered for 60 s; stop it"
			sleep 1
		done
		say "removing stale $pidfile"
		rm -f "$pidfile"
	fi
	say "starting dockerd (log: $log)"
	nohup dockerd >"$log" 2>&1 </dev/null &
	i=0
	while ! daemon_up; do
		i=$((i + 1))
		[ $i -le 60 ] || { tail -n 20 "$log" >&2; die "dockerd did not answer within 60 s"; }
		sleep 1
	done
}

# gVisor's runsc in daemon.json's runtimes, as the gVisor tier needs it
# (scripts/register-runsc.py says why each flag; it keeps the rest of the
# file). Prints "changed" when the file was rewritten.
register_runsc() {
	command -v runsc >/dev/null || die "runsc not found (apt-get install runsc)"
	"$here/scripts/register-runsc.py" "$daemon_json" "$(command -v runsc)" "$runsc_platform" ||
		die "could not register runsc in $daemon_json"
}

runsc_registered() {
	docker info --format '{{json .Runtimes}}' 2>/dev/null | grep -q '"runsc".*--oci-seccomp'
}

# dockerd reloads its runtimes on SIGHUP without touching running
# containers: a daemon that is already up is never restarted for this.
reload_dockerd() {
	[ -z "$changed" ] && runsc_registered && return 0
	pid=$(cat /var/run/docker.pid 2>/dev/null || true)
	if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
		die "runsc is not registered with the running engine and no local dockerd pid; reload it (SIGHUP) with $daemon_json"
	fi
	say "reloading dockerd ($pid) for the runsc runtime"
	kill -HUP "$pid"
	i=0
	while ! runsc_registered; do
		i=$((i + 1))
		[ $i -le 20 ] || die "dockerd did not take the runsc runtime from $daemon_json (see its log)"
		sleep 0.5
	done
}

# A run under runsc, so that a host where gVisor cannot run (no ptrace, a
# platform that hangs) says so here; the runsc test suite then fails.
check_runsc() {
	if ! timeout 60 docker run --rm --runtime runsc --network none "$image" \
		python3 -c 'print("ok")' >/dev/null 2>&1; then
		say "WARNING: runsc is registered but cannot run a container here; the runsc suite will fail"
		return 0
	fi
}

build_image() {
	docker image inspect "$image" >/dev/null 2>&1 && return 0
	say "building the sandbox image $image (mmdebstrap, offline from registries)"
	"$here/share/sandexec/build-image.sh" "$image"
}

build_sandexec() {
	if [ ! -f "$here/build/build.ninja" ]; then
		meson setup "$here/build" "$here" -Dwerror=true --prefix /usr/local >/dev/null
	fi
	meson compile -C "$here/build" >/dev/null
}

# As root, sandexec goes on PATH: /usr/local/bin, with its seccomp profiles
# and module table (/usr/local/share/sandexec), man pages, sample
# configuration (/usr/local/etc/sandexec) and systemd units. Each run of
# this script installs the tree it just built.
install_sandexec() {
	[ "$(id -u)" = 0 ] || return 0
	prefix=$(meson introspect --buildoptions "$here/build" |
		python3 -c 'import json, sys; print([o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"][0])')
	[ "$prefix" = /usr/local ] || die "build/ is configured with prefix $prefix, not /usr/local (meson configure build --prefix /usr/local)"
	meson install -C "$here/build" --no-rebuild --quiet >/dev/null
}

install_packages
changed=
if [ "$(id -u)" = 0 ]; then
	changed=$(register_runsc)
	if [ -n "$changed" ]; then
		say "registered runsc (platform $runsc_platform) in $daemon_json"
	fi
fi
if ! daemon_up; then
	start_dockerd
elif [ "$(id -u)" = 0 ]; then
	reload_dockerd
fi
build_image
if runsc_registered; then
	check_runsc
fi
build_sandexec
install_sandexec
