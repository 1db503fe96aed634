#!/bin/sh
# Prepare this machine to build, run and test sandexec: install the Debian
# packages that are missing, start dockerd when no daemon answers, build the
# sandbox image when it is missing, and build sandexec into build/.
# Needs root for the first two steps (apt-get, dockerd).
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
image=${SANDEXEC_IMAGE:-sandexec-python:bookworm}
log=${SANDEXEC_DOCKERD_LOG:-/tmp/sandexec-dockerd.log}

say() { printf 'setup: %s\n' "$*" >&2; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

packages="meson ninja-build pkg-config gcc libc6-dev libyaml-dev libcjson-dev libmd-dev check
	docker.io mmdebstrap python3 python3-numpy python3-pandas valgrind ca-certificates
	clang libclang-rt-14-dev podman catatonit"

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
	pidfile=/var/run/docker.pid
	if [ -f "$pidfile" ]; then
		pid=$(cat "$pidfile" 2>/dev/null || true)
		if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
			say "removing stale $pidfile"
			rm -f "$pidfile"
		fi
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

build_image() {
	docker image inspect "$image" >/dev/null 2>&1 && return 0
	say "building the sandbox image $image (mmdebstrap, offline from registries)"
	"$here/share/sandexec/build-image.sh" "$image"
}

build_sandexec() {
	if [ ! -f "$here/build/build.ninja" ]; then
		meson setup "$here/build" "$here" -Dwerror=true >/dev/null
	fi
	meson compile -C "$here/build" >/dev/null
}

install_packages
start_dockerd
build_image
build_sandexec
