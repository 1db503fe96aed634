#!/bin/sh
# Build the default sandexec sandbox image offline: a minimal Debian root
# file system with python3, numpy and pandas, made by mmdebstrap from the
# machine's Debian mirror and loaded with `docker import`. No container
# registry is contacted.
#
# usage: build-image.sh [IMAGE [SUITE]]
#   IMAGE  tag to create            (default: sandexec-python:bookworm)
#   SUITE  Debian suite to install  (default: bookworm)
# Environment: DOCKER (docker CLI, default docker), MIRROR (default: the
# mirror of the host's apt sources, else http://deb.debian.org/debian).
set -eu

image=${1:-sandexec-python:bookworm}
suite=${2:-bookworm}
docker=${DOCKER:-docker}

command -v mmdebstrap >/dev/null 2>&1 || {
	echo "build-image.sh: mmdebstrap not found (apt-get install mmdebstrap)" >&2
	exit 1
}

set -- --variant=apt --format=tar --quiet \
	--include=python3,python3-numpy,python3-pandas,ca-certificates \
	--dpkgopt='path-exclude=/usr/share/doc/*' \
	--dpkgopt='path-exclude=/usr/share/man/*' \
	--dpkgopt='path-exclude=/usr/share/locale/*' \
	--customize-hook='rm -rf "$1"/var/cache/apt/* "$1"/var/lib/apt/lists/*' \
	"$suite" -
if [ -n "${MIRROR:-}" ]; then
	set -- "$@" "$MIRROR"
fi

# mmdebstrap writes the tarball to stdout; docker import reads it from stdin.
# PATH and the user are recorded in the image so that it runs unprivileged
# even when started without sandexec's --user.
mmdebstrap "$@" | "$docker" import \
	--change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' \
	--change 'ENV LANG=C.UTF-8' \
	--change 'USER 65534:65534' \
	--change 'WORKDIR /tmp' \
	--change 'CMD ["python3"]' \
	--message "sandexec sandbox image ($suite, python3, numpy, pandas)" \
	- "$image" >/dev/null
echo "built $image"
