#!/bin/sh
# A DESTDIR install of the build tree: every file in its place, and the
# installed binary runs (help, version, check, and a dry run that finds the
# installed seccomp profile through SANDEXEC_DATADIR).
set -eu
build=$1 prefix=$2
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >/dev/null
root=$dest$prefix
fail() { echo "FAIL: $*" >&2; exit 1; }
for f in bin/sandexec etc/sandexec/sandexec.yaml share/sandexec/seccomp.json \
	share/sandexec/seccomp.md share/sandexec/build-image.sh share/sandexec/Dockerfile \
	share/sandexec/modules.table share/sandexec/gen-module-table.py \
	share/man/man1/sandexec.1 share/man/man5/sandexec.yaml.5 \
	share/bash-completion/completions/sandexec; do
	[ -f "$root/$f" ] || fail "$f not installed"
done
[ -x "$root/share/sandexec/build-image.sh" ] || fail "build-image.sh not executable"
"$root/bin/sandexec" --version | grep -q '^sandexec ' || fail "--version"
"$root/bin/sandexec" --help | grep -q '^usage: sandexec' || fail "--help"
printf 'import json\nprint(json.dumps({}))\n' > "$dest/s.py"
SANDEXEC_DATADIR=$root/share/sandexec "$root/bin/sandexec" check "$dest/s.py" || fail "check"
# The check's module table is found in the installed data directory.
printf 'import pandas as pd\npd.io.common.os\n' > "$dest/bad.py"
out=$(SANDEXEC_DATADIR=$root/share/sandexec "$root/bin/sandexec" check "$dest/bad.py" || true)
echo "$out" | grep -q "module-escape" || fail "check with the installed table: $out"
out=$(SANDEXEC_SYSTEM_CONFIG=$root/etc/sandexec/sandexec.yaml \
	SANDEXEC_DATADIR=$root/share/sandexec "$root/bin/sandexec" --dry-run "$dest/s.py")
echo "$out" | grep -q "seccomp=$root/share/sandexec/seccomp.json" || fail "dry run: $out"
# Without SANDEXEC_DATADIR the binary looks in the compiled-in data directory.
out=$(env -u SANDEXEC_DATADIR SANDEXEC_SYSTEM_CONFIG=/nonexistent \
	SANDEXEC_DOCKER_SECCOMP_PROFILE= "$root/bin/sandexec" --dry-run "$dest/s.py" 2>&1 || true)
echo "$out" | grep -q "$prefix/share/sandexec/seccomp.json" || fail "compiled-in datadir: $out"
bash -n "$root/share/bash-completion/completions/sandexec" || fail "completion syntax"
# The systemd units, the service's ExecStart naming the installed binary.
for f in sandexec@.service sandexec@.timer; do
	[ -f "$root/lib/systemd/system/$f" ] || fail "lib/systemd/system/$f not installed"
done
grep -q "^ExecStart=$prefix/bin/sandexec -q -o /var/lib/sandexec/%i.json $prefix/etc/sandexec/strategies/%i.py\$" \
	"$root/lib/systemd/system/sandexec@.service" || fail "ExecStart of sandexec@.service"
echo ok
