#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "require.h"
#include "sx-build.h"

enum kind {
	K_STR,	   /* non-empty string */
	K_STR_OPT, /* string, may be empty */
	K_BOOL,
	K_UINT,
	K_SIZE,
	K_DURATION,
	K_MILLI,
	K_LIST,	   /* list of strings, each passing the key's check */
	K_REQUIRE, /* mapping of result keys to require.h specs */
};

struct key {
	const char *section;
	const char *name;
	enum kind kind;
	size_t off;
	uint64_t min, max;
	/* Extra check for strings; returns a reason or NULL. */
	const char *(*check)(const char *value);
};

/* One half of USER:GROUP: a number (compared as a number, so 00 and 0000
 * are 0) or a name that is not root. */
static const char *check_id(const char *v, size_t n, const char *what)
{
	char buf[32];
	uint64_t id;

	if (n == 0)
		return "expected USER:GROUP, both given (a number or a name each)";
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)v[i]) && !strchr("_.-", v[i]))
			return "expected USER:GROUP made of letters, digits, '_', '.', '-'";
	if (v[0] == '-' || v[0] == '.')
		return "a user or group must not start with '-' or '.'";
	if (strspn(v, "0123456789") >= n) {
		if (n >= sizeof buf)
			return "a numeric user or group is at most 4294967294";
		memcpy(buf, v, n);
		buf[n] = '\0';
		if (sx_parse_uint(buf, 0, UINT32_MAX - 1, &id) < 0)
			return "a numeric user or group is at most 4294967294";
		if (id == 0)
			return what;
	} else if (n == 4 && strncmp(v, "root", 4) == 0) {
		return what;
	}
	return NULL;
}

/*
 * The container must not run as root, nor in group root (which owns most of
 * the image's files). Both halves are required: with USER alone docker takes
 * the group from the image's /etc/passwd, and a uid that is not there gets
 * gid 0. Names are resolved by docker in the image, where sandexec cannot
 * look; "root" is refused by name, anything else is the image's business.
 */
static const char *check_user(const char *v)
{
	size_t n = strcspn(v, ":");
	const char *why;

	if ((why = check_id(v, n, "the container user must not be root (uid 0)")))
		return why;
	if (!v[n])
		return "expected USER:GROUP, both given: with USER alone the group comes "
		       "from the image and may be root";
	return check_id(v + n + 1, strlen(v + n + 1),
			"the container group must not be root (gid 0)");
}

/* Names that end up as one argv element must not be mistaken for an option. */
static const char *check_word(const char *v)
{
	if (v[0] == '-')
		return "must not start with '-'";
	for (const char *p = v; *p; p++)
		if (isspace((unsigned char)*p) || iscntrl((unsigned char)*p))
			return "must not contain white space or control characters";
	return NULL;
}

static const char *check_identifier(const char *v)
{
	if (!*v || !(isalpha((unsigned char)*v) || *v == '_'))
		return "expected a Python identifier";
	for (const char *p = v; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '_')
			return "expected a Python identifier";
	return NULL;
}

/* A module name for the interpreter's import: dotted identifiers. */
static const char *check_module(const char *v)
{
	const char *p = v;

	for (;;) {
		size_t n = strcspn(p, ".");
		char part[256];

		if (n == 0 || n >= sizeof part)
			return "expected a module name (identifiers joined by '.')";
		memcpy(part, p, n);
		part[n] = '\0';
		if (check_identifier(part))
			return "expected a module name (identifiers joined by '.')";
		if (!p[n])
			return NULL;
		p += n + 1;
	}
}

static const char *check_env_entry(const char *e)
{
	const char *p = e;

	if (!isalpha((unsigned char)*p) && *p != '_')
		return "expected NAME=VALUE with NAME of letters, digits and '_'";
	while (isalnum((unsigned char)*p) || *p == '_')
		p++;
	if (*p != '=')
		return "expected NAME=VALUE with NAME of letters, digits and '_'";
	for (; *p; p++)
		if (*p == '\n' || *p == '\r')
			return "a value must not contain a line break";
	return NULL;
}

#define OFF(f) offsetof(struct sx_config, f)
#define KIB 1024ULL
#define MIB (1024ULL * 1024)
#define GIB (1024ULL * 1024 * 1024)

static const struct key keys[] = {
    {"sandbox", "enabled", K_BOOL, OFF(sandbox_enabled), 0, 0, NULL},
    {"sandbox", "fallback_to_direct", K_BOOL, OFF(fallback_to_direct), 0, 0, NULL},
    {"docker", "binary", K_STR, OFF(docker_binary), 0, 0, NULL},
    {"docker", "context", K_STR_OPT, OFF(context), 0, 0, check_word},
    {"docker", "image", K_STR, OFF(image), 0, 0, check_word},
    {"docker", "python", K_STR, OFF(python), 0, 0, check_word},
    {"docker", "memory", K_SIZE, OFF(memory), 16 * MIB, 1024 * GIB, NULL},
    {"docker", "cpus", K_MILLI, OFF(cpus_milli), 10, 1024 * 1000, NULL},
    {"docker", "pids_limit", K_UINT, OFF(pids_limit), 8, 1 << 20, NULL},
    {"docker", "nofile", K_UINT, OFF(nofile), 16, 1 << 20, NULL},
    {"docker", "nproc", K_UINT, OFF(nproc), 0, 1 << 22, NULL},
    {"docker", "timeout", K_DURATION, OFF(timeout_ms), 100, 7 * 24 * 3600 * 1000ULL, NULL},
    {"docker", "network", K_STR, OFF(network), 0, 0, check_word},
    {"docker", "read_only", K_BOOL, OFF(read_only), 0, 0, NULL},
    {"docker", "tmpfs_size", K_SIZE, OFF(tmpfs_size), 1 * MIB, 64 * GIB, NULL},
    {"docker", "seccomp_profile", K_STR_OPT, OFF(seccomp_profile), 0, 0, NULL},
    {"docker", "user", K_STR, OFF(user), 0, 0, check_user},
    {"docker", "runtime", K_STR_OPT, OFF(runtime), 0, 0, check_word},
    {"docker", "env", K_LIST, OFF(env), 0, SX_CONFIG_MAX_LIST, check_env_entry},
    {"docker", "spares", K_UINT, OFF(spares), 0, 64, NULL},
    {"docker", "spare_idle", K_DURATION, OFF(spare_idle_ms), 1000, 24 * 3600 * 1000ULL, NULL},
    {"docker", "preload", K_LIST, OFF(preload), 0, SX_CONFIG_MAX_LIST, check_module},
    {"direct", "interpreter", K_STR, OFF(interpreter), 0, 0, check_word},
    {"direct", "max_processes", K_UINT, OFF(direct_max_processes), 1, 1 << 20, NULL},
    {"direct", "max_file_size", K_SIZE, OFF(direct_max_file_size), 1 * KIB, 1024 * GIB, NULL},
    {"log", "enabled", K_BOOL, OFF(log_enabled), 0, 0, NULL},
    {"log", "file", K_STR_OPT, OFF(log_file), 0, 0, NULL},
    {"validator", "enabled", K_BOOL, OFF(validator_enabled), 0, 0, NULL},
    {"validator", "allowed_modules", K_LIST, OFF(allowed_modules), 0, SX_CONFIG_MAX_LIST,
     check_identifier},
    {"validator", "forbidden_names", K_LIST, OFF(forbidden_names), 0, SX_CONFIG_MAX_LIST,
     check_identifier},
    {"validator", "forbidden_attributes", K_LIST, OFF(forbidden_attributes), 0, SX_CONFIG_MAX_LIST,
     check_identifier},
    {"validator", "allowed_dunders", K_LIST, OFF(allowed_dunders), 0, SX_CONFIG_MAX_LIST,
     check_identifier},
    /* Added to the list of the same name without the suffix, so that a
     * user file can allow one module more without restating (and freezing)
     * the defaults; the check uses the union (policy.c). */
    {"validator", "allowed_modules_extra", K_LIST, OFF(allowed_modules_extra), 0,
     SX_CONFIG_MAX_LIST, check_identifier},
    {"validator", "forbidden_names_extra", K_LIST, OFF(forbidden_names_extra), 0,
     SX_CONFIG_MAX_LIST, check_identifier},
    {"validator", "forbidden_attributes_extra", K_LIST, OFF(forbidden_attributes_extra), 0,
     SX_CONFIG_MAX_LIST, check_identifier},
    {"validator", "allowed_dunders_extra", K_LIST, OFF(allowed_dunders_extra), 0,
     SX_CONFIG_MAX_LIST, check_identifier},
    {"output", "max_stdout", K_SIZE, OFF(max_stdout), 1 * KIB, 1 * GIB, NULL},
    {"output", "max_stderr", K_SIZE, OFF(max_stderr), 0, 1 * GIB, NULL},
    {"output", "require", K_REQUIRE, OFF(require), 0, SX_CONFIG_MAX_LIST, NULL},
    {"output", "stderr_tail", K_SIZE, OFF(stderr_tail), 0, 1 * MIB, NULL},
    {"strategy", "max_size", K_SIZE, OFF(max_size), 1, 64 * MIB, NULL},
};
#define NKEYS (sizeof keys / sizeof keys[0])

static const char *const default_modules[] = {
    "numpy",	   "pandas",	 "math",	"statistics", "datetime",  "json",
    "collections", "itertools",	 "functools",	"decimal",    "fractions", "random",
    "re",	   "typing",	 "dataclasses", "enum",	      "bisect",	   "heapq",
    "operator",	   "__future__", "time",	"argparse",   NULL,
};

static const char *const default_forbidden_names[] = {
    "eval",	    "exec",	      "compile",
    "__import__",   "open",	      "input",
    "breakpoint",   "globals",	      "locals",
    "vars",	    "getattr",	      "setattr",
    "delattr",	    "help",	      "license",
    "credits",	    "copyright",      "attrgetter",
    "methodcaller", "get_type_hints", "ForwardRef",
    "allow_pickle", "local_dict",     "global_dict",
    "resolvers",    "FileType",	      "fromfile_prefix_chars",
    "prefix_chars", "toplevel",	      "refcheck",
    "global_enum",  "fastpath",	      "memoryview",
    "EnumMeta",	    "EnumType",	      "ABCMeta",
    "capsule",	    "dispatch_table", NULL,
};

/* Attributes that lead out of the allowed modules whatever object they are
 * reached through (pandas.io.common.os.system, say). */
static const char *const default_forbidden_attributes[] = {
    "os",
    "sys",
    "subprocess",
    "builtins",
    "importlib",
    "ctypes",
    /* a bit generator's cffi interface: its state's address and the
     * functions that step it, as raw pointers (needs cffi installed) */
    "cffi",
    "socket",
    "shutil",
    "system",
    "popen",
    "spawnv",
    "execv",
    "execve",
    "fork",
    "posix",
    "pty",
    "bltns",
    "codecs",
    "inspect",
    "pickle",
    "marshal",
    "ctypeslib",
    "load_library",
    "fromfile",
    "tofile",
    "memmap",
    "read_pickle",
    "to_pickle",
    "read_array",
    "open_memmap",
    "obj",
    "attrgetter",
    "methodcaller",
    "get_type_hints",
    "ForwardRef",
    "FileType",
    "to_clipboard",
    "gc",
    "timeit",
    "platform",
    "copyreg",
    "weakref",
    "warnings",
    "contextlib",
    "ast",
    "f2py",
    "npyio",
    "pickle_compat",
    "pytables",
    "clipboard",
    "clipboards",
    "computation",
    "testing",
    "core",
    "com",
    "tool",
    "mro",
    "construct_array_type",
    "registry",
    "get_args",
    "fget",
    "fset",
    "fdel",
    "ops",
    "undo",
    "func_globals",
    "func_code",
    "func_closure",
    "func_dict",
    "func_defaults",
    "modules",
    "import_module",
    "add_docstring",
    "add_newdoc",
    "add_newdoc_ufunc",
    "exec",
    "getattr",
    "setattr",
    "delattr",
    "vars",
    "globals",
    "locals",
    "MT19937",
    "Philox",
    "set_state",
    "masked_print_option",
    "set_display",
    "to_orc",
    NULL,
};

static const char *const default_allowed_dunders[] = {
    "__name__",	   "__doc__",  "__file__",     "__all__",    "__slots__",
    "__version__", "__init__", "__qualname__", "__author__", NULL,
};

static const char *const no_entries[] = {NULL};

/* What a spare imports before its script comes: what strategies import. */
static const char *const default_preload[] = {"numpy", "pandas", NULL};

static const char *const default_env[] = {
    /* numpy's BLAS starts a thread per host CPU; the container gets a
     * fraction of one CPU and a pids limit. */
    "OPENBLAS_NUM_THREADS=1",
    "OMP_NUM_THREADS=1",
    "MKL_NUM_THREADS=1",
    NULL,
};

static void list_free(char **l)
{
	if (!l)
		return;
	for (char **e = l; *e; e++)
		free(*e);
	free(l);
}

static void list_freep(char ***l)
{
	list_free(*l);
}

static char **list_dup(const char *const *src)
{
	size_t n = 0;
	char **l;

	while (src[n])
		n++;
	l = sx_xcalloc(n + 1, sizeof *l);
	for (size_t i = 0; i < n; i++)
		l[i] = sx_xstrdup(src[i]);
	return l;
}

void sx_config_init(struct sx_config *cfg)
{
	memset(cfg, 0, sizeof *cfg);
	cfg->sandbox_enabled = true;
	cfg->fallback_to_direct = false;
	cfg->docker_binary = sx_xstrdup("docker");
	cfg->context = sx_xstrdup("");
	cfg->image = sx_xstrdup("sandexec-python:bookworm");
	cfg->python = sx_xstrdup("python3");
	cfg->memory = 2 * GIB;
	cfg->cpus_milli = 500;
	cfg->pids_limit = 128;
	cfg->nofile = 256;
	cfg->timeout_ms = 600 * 1000;
	cfg->network = sx_xstrdup("none");
	cfg->read_only = true;
	cfg->tmpfs_size = 64 * MIB;
	cfg->seccomp_profile = sx_xstrdup("");
	cfg->user = sx_xstrdup("65534:65534");
	cfg->runtime = sx_xstrdup("");
	cfg->env = list_dup(default_env);
	cfg->spares = 1;
	cfg->spare_idle_ms = 300 * 1000;
	cfg->preload = list_dup(default_preload);
	cfg->validator_enabled = true;
	cfg->allowed_modules = list_dup(default_modules);
	cfg->forbidden_names = list_dup(default_forbidden_names);
	cfg->forbidden_attributes = list_dup(default_forbidden_attributes);
	cfg->allowed_dunders = list_dup(default_allowed_dunders);
	cfg->allowed_modules_extra = list_dup(no_entries);
	cfg->forbidden_names_extra = list_dup(no_entries);
	cfg->forbidden_attributes_extra = list_dup(no_entries);
	cfg->allowed_dunders_extra = list_dup(no_entries);
	cfg->interpreter = sx_xstrdup("python3");
	cfg->direct_max_processes = 256;
	cfg->direct_max_file_size = 64 * MIB;
	cfg->log_enabled = true;
	cfg->log_file = sx_xstrdup("");
	cfg->max_stdout = 1 * MIB;
	cfg->max_stderr = 1 * MIB;
	cfg->require = sx_xcalloc(1, sizeof *cfg->require);
	cfg->stderr_tail = 4 * KIB;
	cfg->max_size = 1 * MIB;
	cfg->origins = sx_xcalloc(NKEYS, sizeof *cfg->origins);
	for (size_t i = 0; i < NKEYS; i++)
		cfg->origins[i] = sx_xstrdup("default");
}

static void set_origin(struct sx_config *cfg, const struct key *k, const char *where)
{
	char **o = &cfg->origins[k - keys];

	free(*o);
	*o = sx_xstrdup(where);
}

void sx_config_free(struct sx_config *cfg)
{
	for (size_t i = 0; i < NKEYS; i++) {
		void *field = (char *)cfg + keys[i].off;
		if (keys[i].kind == K_STR || keys[i].kind == K_STR_OPT)
			free(*(char **)field);
		else if (keys[i].kind == K_LIST || keys[i].kind == K_REQUIRE)
			list_free(*(char ***)field);
	}
	for (size_t i = 0; cfg->origins && i < NKEYS; i++)
		free(cfg->origins[i]);
	free(cfg->data_dir);
	free(cfg->origins);
	memset(cfg, 0, sizeof *cfg);
}

static const struct key *find_key(const char *section, const char *name)
{
	for (size_t i = 0; i < NKEYS; i++)
		if (strcmp(keys[i].section, section) == 0 && strcmp(keys[i].name, name) == 0)
			return &keys[i];
	return NULL;
}

static bool known_section(const char *section)
{
	for (size_t i = 0; i < NKEYS; i++)
		if (strcmp(keys[i].section, section) == 0)
			return true;
	return false;
}

static const char *kind_expect(const struct key *k)
{
	switch (k->kind) {
	case K_BOOL:
		return "true or false";
	case K_UINT:
		return "a whole number";
	case K_SIZE:
		return "a size such as 64m or 2g";
	case K_DURATION:
		return "a duration such as 600, 30s, 1500ms or 10m";
	case K_MILLI:
		return "a decimal number such as 0.5";
	case K_LIST:
		return "a list of strings";
	case K_REQUIRE:
		return "a mapping of result keys to types such as 'integer >= 0'";
	default:
		return "a non-empty string";
	}
}

static void range_text(const struct key *k, char *buf, size_t len)
{
	char a[32], b[32];

	switch (k->kind) {
	case K_SIZE:
		sx_format_size(k->min, a, sizeof a);
		sx_format_size(k->max, b, sizeof b);
		break;
	case K_DURATION:
		snprintf(a, sizeof a, "%llums", (unsigned long long)k->min);
		snprintf(b, sizeof b, "%llus", (unsigned long long)(k->max / 1000));
		break;
	case K_MILLI:
		sx_format_milli(k->min, a, sizeof a);
		sx_format_milli(k->max, b, sizeof b);
		break;
	default:
		snprintf(a, sizeof a, "%llu", (unsigned long long)k->min);
		snprintf(b, sizeof b, "%llu", (unsigned long long)k->max);
		break;
	}
	snprintf(buf, len, "%s to %s", a, b);
}

/* Store one scalar into the field of k. where is the message prefix
 * ("file:line:col" or an origin); plain says the YAML scalar was unquoted. */
static int set_scalar(struct sx_config *cfg, const struct key *k, const char *value, bool plain,
		      const char *where, struct sx_err *err)
{
	void *field = (char *)cfg + k->off;
	uint64_t v = 0;
	int r = 0;
	char range[80];
	const char *why;

	switch (k->kind) {
	case K_STR:
	case K_STR_OPT:
		if (k->kind == K_STR && !*value) {
			sx_err_set(err, "%s: %s.%s: expected %s", where, k->section, k->name,
				   kind_expect(k));
			return -EINVAL;
		}
		if (*value && k->check && (why = k->check(value))) {
			sx_err_set(err, "%s: %s.%s: '%s': %s", where, k->section, k->name, value,
				   why);
			return -EINVAL;
		}
		free(*(char **)field);
		*(char **)field = sx_xstrdup(value);
		set_origin(cfg, k, where);
		return 0;
	case K_BOOL:
		if (!plain || sx_parse_bool(value, (bool *)field) < 0) {
			sx_err_set(err, "%s: %s.%s: '%s' is not %s", where, k->section, k->name,
				   value, kind_expect(k));
			return -EINVAL;
		}
		set_origin(cfg, k, where);
		return 0;
	case K_UINT:
		r = sx_parse_uint(value, k->min, k->max, &v);
		break;
	case K_SIZE:
		r = sx_parse_size(value, k->min, k->max, &v);
		break;
	case K_DURATION:
		r = sx_parse_duration_ms(value, k->min, k->max, &v);
		break;
	case K_MILLI:
		r = sx_parse_milli(value, k->min, k->max, &v);
		break;
	case K_LIST:
	case K_REQUIRE:
		sx_err_set(err, "%s: %s.%s: expected %s", where, k->section, k->name,
			   kind_expect(k));
		return -EINVAL;
	}
	if (r == -ERANGE) {
		range_text(k, range, sizeof range);
		sx_err_set(err, "%s: %s.%s: '%s' is out of range (%s)", where, k->section, k->name,
			   value, range);
		return -EINVAL;
	}
	if (r < 0) {
		sx_err_set(err, "%s: %s.%s: '%s' is not %s", where, k->section, k->name, value,
			   kind_expect(k));
		return -EINVAL;
	}
	*(uint64_t *)field = v;
	set_origin(cfg, k, where);
	return 0;
}

/* ---- YAML ---- */

struct yparse {
	yaml_parser_t parser;
	yaml_event_t ev;
	bool have_ev;
	const char *name;
	struct sx_err *err;
	char where[512];
	char ctx[160]; /* "section" or "section.key" being read, for messages */
};

static const char *scalar(struct yparse *y);

static const char *ev_where(struct yparse *y)
{
	snprintf(y->where, sizeof y->where, "%s:%zu:%zu", y->name, y->ev.start_mark.line + 1,
		 y->ev.start_mark.column + 1);
	return y->where;
}

static int next(struct yparse *y)
{
	if (y->have_ev)
		yaml_event_delete(&y->ev);
	y->have_ev = false;
	if (!yaml_parser_parse(&y->parser, &y->ev)) {
		sx_err_set(y->err, "%s:%zu:%zu: invalid YAML: %s%s%s", y->name,
			   y->parser.problem_mark.line + 1, y->parser.problem_mark.column + 1,
			   y->parser.problem ? y->parser.problem : "parse error",
			   y->parser.context ? " " : "",
			   y->parser.context ? y->parser.context : "");
		return -EINVAL;
	}
	y->have_ev = true;
	/* libyaml gives a scalar's length: a "\0" escape makes a string that C
	 * would cut short, so that "image\0junk" would load as "image" and the
	 * key "memory\0junk" as memory. Every scalar, key or value, passes
	 * here: one that holds NUL is an error. */
	if (y->ev.type == YAML_SCALAR_EVENT && strlen(scalar(y)) != y->ev.data.scalar.length) {
		char shown[128], *o = shown;

		for (size_t i = 0; i < y->ev.data.scalar.length && o < shown + sizeof shown - 8;
		     i++) {
			char c = scalar(y)[i];

			if (c) {
				*o++ = c;
			} else {
				*o++ = '\\';
				*o++ = '0';
			}
		}
		*o = '\0';
		sx_err_set(y->err, "%s: %s%sa YAML scalar must not contain NUL (\\0): '%s'",
			   ev_where(y), y->ctx, *y->ctx ? ": " : "", shown);
		return -EINVAL;
	}
	if (y->ev.type == YAML_ALIAS_EVENT) {
		sx_err_set(y->err, "%s: YAML aliases are not allowed in a sandexec configuration",
			   ev_where(y));
		return -EINVAL;
	}
	return 0;
}

static const char *scalar(struct yparse *y)
{
	return (const char *)y->ev.data.scalar.value;
}

static bool scalar_plain(struct yparse *y)
{
	return y->ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
}

static bool scalar_is_null(struct yparse *y)
{
	const char *s = scalar(y);

	return scalar_plain(y) && (!*s || strcmp(s, "~") == 0 || strcmp(s, "null") == 0);
}

static int load_list(struct yparse *y, struct sx_config *cfg, const struct key *k,
		     const char *where)
{
	char ***field = (char ***)((char *)cfg + k->off);
	_cleanup_(list_freep) char **list = sx_xcalloc(SX_CONFIG_MAX_LIST + 1, sizeof *list);
	size_t n = 0;
	const char *why;
	int r;

	for (;;) {
		if ((r = next(y)) < 0)
			return r;
		if (y->ev.type == YAML_SEQUENCE_END_EVENT)
			break;
		if (y->ev.type != YAML_SCALAR_EVENT) {
			sx_err_set(y->err, "%s: %s.%s: expected %s", ev_where(y), k->section,
				   k->name, kind_expect(k));
			return -EINVAL;
		}
		if ((why = k->check(scalar(y)))) {
			sx_err_set(y->err, "%s: %s.%s: '%s': %s", ev_where(y), k->section, k->name,
				   scalar(y), why);
			return -EINVAL;
		}
		if (n == SX_CONFIG_MAX_LIST) {
			sx_err_set(y->err, "%s: %s.%s: more than %d entries", ev_where(y),
				   k->section, k->name, SX_CONFIG_MAX_LIST);
			return -EINVAL;
		}
		list[n++] = sx_xstrdup(scalar(y));
	}
	list_free(*field);
	*field = sx_util_steal_ptr(&list);
	set_origin(cfg, k, where);
	return 0;
}

/* output.require's mapping, KEY: SPEC; the MAPPING_START event is current.
 * A key with no value (null) is required with any type. Stored as a
 * NULL-terminated list of KEY, SPEC pairs. */
static int load_require(struct yparse *y, struct sx_config *cfg, const struct key *k,
			const char *where)
{
	char ***field = (char ***)((char *)cfg + k->off);
	_cleanup_(list_freep) char **list = sx_xcalloc(2 * SX_CONFIG_MAX_LIST + 1, sizeof *list);
	size_t n = 0;
	struct sx_require_spec spec;
	const char *why;
	int r;

	for (;;) {
		snprintf(y->ctx, sizeof y->ctx, "%s.%s", k->section, k->name);
		if ((r = next(y)) < 0)
			return r;
		if (y->ev.type == YAML_MAPPING_END_EVENT)
			break;
		if (y->ev.type != YAML_SCALAR_EVENT) {
			sx_err_set(y->err, "%s: %s.%s: expected a result key", ev_where(y),
				   k->section, k->name);
			return -EINVAL;
		}
		for (size_t i = 0; i < n; i += 2) {
			if (strcmp(list[i], scalar(y)) == 0) {
				sx_err_set(y->err, "%s: %s.%s: duplicate key '%s'", ev_where(y),
					   k->section, k->name, scalar(y));
				return -EINVAL;
			}
		}
		if (n == 2 * SX_CONFIG_MAX_LIST) {
			sx_err_set(y->err, "%s: %s.%s: more than %d keys", ev_where(y), k->section,
				   k->name, SX_CONFIG_MAX_LIST);
			return -EINVAL;
		}
		list[n++] = sx_xstrdup(scalar(y));
		snprintf(y->ctx, sizeof y->ctx, "%s.%s.%s", k->section, k->name, list[n - 1]);
		if ((r = next(y)) < 0)
			return r;
		if (y->ev.type != YAML_SCALAR_EVENT) {
			sx_err_set(y->err,
				   "%s: %s.%s.%s: expected a type such as 'number' or "
				   "'integer >= 0'",
				   ev_where(y), k->section, k->name, list[n - 1]);
			return -EINVAL;
		}
		if (scalar_is_null(y)) {
			list[n++] = sx_xstrdup("");
			continue;
		}
		if (sx_require_parse(scalar(y), &spec, &why) < 0) {
			sx_err_set(y->err, "%s: %s.%s.%s: '%s': %s", ev_where(y), k->section,
				   k->name, list[n - 1], scalar(y), why);
			return -EINVAL;
		}
		list[n++] = sx_xstrdup(scalar(y));
	}
	list_free(*field);
	*field = sx_util_steal_ptr(&list);
	set_origin(cfg, k, where);
	return 0;
}

/* One section's mapping; the MAPPING_START event is current. */
static int load_section(struct yparse *y, struct sx_config *cfg, const char *section)
{
	bool seen[NKEYS] = {false};
	char key[128];
	const struct key *k;
	int r;

	for (;;) {
		snprintf(y->ctx, sizeof y->ctx, "%s", section);
		if ((r = next(y)) < 0)
			return r;
		if (y->ev.type == YAML_MAPPING_END_EVENT)
			return 0;
		if (y->ev.type != YAML_SCALAR_EVENT) {
			sx_err_set(y->err, "%s: %s: expected a key", ev_where(y), section);
			return -EINVAL;
		}
		snprintf(key, sizeof key, "%s", scalar(y));
		snprintf(y->ctx, sizeof y->ctx, "%s.%s", section, key);
		k = find_key(section, key);
		if (!k) {
			sx_err_set(y->err, "%s: unknown key '%s.%s'", ev_where(y), section, key);
			return -EINVAL;
		}
		if (seen[k - keys]) {
			sx_err_set(y->err, "%s: duplicate key '%s.%s'", ev_where(y), section, key);
			return -EINVAL;
		}
		seen[k - keys] = true;
		if ((r = next(y)) < 0)
			return r;
		if (k->kind == K_LIST && y->ev.type == YAML_SEQUENCE_START_EVENT) {
			char where[512];

			snprintf(where, sizeof where, "%s", ev_where(y));
			if ((r = load_list(y, cfg, k, where)) < 0)
				return r;
			continue;
		}
		if (k->kind == K_REQUIRE && y->ev.type == YAML_MAPPING_START_EVENT) {
			char where[512];

			snprintf(where, sizeof where, "%s", ev_where(y));
			if ((r = load_require(y, cfg, k, where)) < 0)
				return r;
			continue;
		}
		if (y->ev.type != YAML_SCALAR_EVENT || (k->kind >= K_LIST && !scalar_is_null(y))) {
			sx_err_set(y->err, "%s: %s.%s: expected %s", ev_where(y), section, key,
				   kind_expect(k));
			return -EINVAL;
		}
		if (k->kind >= K_LIST) { /* "key:" with no value: an empty list */
			list_free(*(char ***)((char *)cfg + k->off));
			*(char ***)((char *)cfg + k->off) = sx_xcalloc(1, sizeof(char *));
			set_origin(cfg, k, ev_where(y));
			continue;
		}
		if ((r = set_scalar(cfg, k, scalar(y), scalar_plain(y), ev_where(y), y->err)) < 0)
			return r;
	}
}

static int load_document(struct yparse *y, struct sx_config *cfg)
{
	char seen[8][32];
	size_t nseen = 0;
	char section[32];
	int r;

	if ((r = next(y)) < 0) /* STREAM_START */
		return r;
	if ((r = next(y)) < 0)
		return r;
	if (y->ev.type == YAML_STREAM_END_EVENT)
		return 0;      /* empty file, or comments only */
	if ((r = next(y)) < 0) /* past DOCUMENT_START */
		return r;
	if (y->ev.type == YAML_SCALAR_EVENT && scalar_is_null(y)) {
		/* "---" alone: an empty document */
	} else if (y->ev.type != YAML_MAPPING_START_EVENT) {
		sx_err_set(y->err, "%s: expected a mapping of sections (docker:, output:, ...)",
			   ev_where(y));
		return -EINVAL;
	} else {
		for (;;) {
			y->ctx[0] = '\0';
			if ((r = next(y)) < 0)
				return r;
			if (y->ev.type == YAML_MAPPING_END_EVENT)
				break;
			if (y->ev.type != YAML_SCALAR_EVENT) {
				sx_err_set(y->err, "%s: expected a section name", ev_where(y));
				return -EINVAL;
			}
			if (!known_section(scalar(y)) || strlen(scalar(y)) >= sizeof section) {
				sx_err_set(y->err, "%s: unknown section '%s'", ev_where(y),
					   scalar(y));
				return -EINVAL;
			}
			snprintf(section, sizeof section, "%s", scalar(y));
			snprintf(y->ctx, sizeof y->ctx, "%s", section);
			for (size_t i = 0; i < nseen; i++) {
				if (strcmp(seen[i], section) == 0) {
					sx_err_set(y->err, "%s: duplicate section '%s'",
						   ev_where(y), section);
					return -EINVAL;
				}
			}
			if (nseen < sizeof seen / sizeof seen[0])
				snprintf(seen[nseen++], sizeof seen[0], "%s", section);
			if ((r = next(y)) < 0)
				return r;
			if (y->ev.type == YAML_SCALAR_EVENT && scalar_is_null(y))
				continue; /* "docker:" with nothing under it */
			if (y->ev.type != YAML_MAPPING_START_EVENT) {
				sx_err_set(y->err, "%s: section '%s' must be a mapping of keys",
					   ev_where(y), section);
				return -EINVAL;
			}
			if ((r = load_section(y, cfg, section)) < 0)
				return r;
		}
	}
	if ((r = next(y)) < 0) /* DOCUMENT_END */
		return r;
	if ((r = next(y)) < 0)
		return r;
	if (y->ev.type != YAML_STREAM_END_EVENT) {
		sx_err_set(y->err, "%s: only one YAML document is allowed", ev_where(y));
		return -EINVAL;
	}
	return 0;
}

int sx_config_load_string(struct sx_config *cfg, const char *name, const char *text, size_t len,
			  struct sx_err *err)
{
	struct yparse y = {.name = name, .err = err};
	int r;

	if (memchr(text, '\0', len)) {
		sx_err_set(err, "%s: not a text file (contains NUL bytes)", name);
		return -EINVAL;
	}
	if (!sx_utf8_valid(text, len)) {
		sx_err_set(err, "%s: not valid UTF-8", name);
		return -EINVAL;
	}
	if (!yaml_parser_initialize(&y.parser)) {
		sx_err_set(err, "%s: cannot initialise the YAML parser", name);
		return -ENOMEM;
	}
	yaml_parser_set_input_string(&y.parser, (const unsigned char *)text, len);
	r = load_document(&y, cfg);
	if (y.have_ev)
		yaml_event_delete(&y.ev);
	yaml_parser_delete(&y.parser);
	return r;
}

int sx_config_load_file(struct sx_config *cfg, const char *path, bool required, struct sx_err *err)
{
	/* -c /dev/null: an empty configuration, the usual way to say "none". */
	const struct sx_read_opts opts = {
	    .max = SX_CONFIG_MAX_FILE,
	    .dev_null_empty = true,
	    .regular_only = true,
	};
	struct sx_read rd;
	int r;

	r = sx_util_read_file(AT_FDCWD, path, &opts, &rd);
	switch (rd.fail) {
	case SX_READ_OK:
		break;
	case SX_READ_OPEN:
		if (r == -ENOENT && !required)
			return 0;
		sx_err_set(err, "%s: cannot open configuration: %s", path, strerror(-r));
		return r == -ENOENT ? -ENOENT : -EINVAL;
	case SX_READ_NOT_REGULAR:
		sx_err_set(err, "%s: configuration is not a regular file%s", path,
			   S_ISDIR(rd.st.st_mode) ? " (it is a directory)" : "");
		return -EINVAL;
	case SX_READ_TOO_BIG:
		sx_err_set(err, "%s: configuration is larger than %u bytes", path,
			   SX_CONFIG_MAX_FILE);
		return -EINVAL;
	default: /* SX_READ_STAT, SX_READ_READ */
		sx_err_set(err, "%s: cannot read configuration: %s", path, strerror(-r));
		return -EINVAL;
	}
	if (rd.dev_null) {
		free(rd.data);
		return 0;
	}
	r = sx_config_load_string(cfg, path, rd.data, rd.len, err);
	free(rd.data);
	return r;
}

int sx_config_set(struct sx_config *cfg, const char *dotted_key, const char *value,
		  const char *origin, struct sx_err *err)
{
	char section[32];
	const char *dot = strchr(dotted_key, '.');
	const struct key *k = NULL;
	size_t n;

	if (dot && (n = (size_t)(dot - dotted_key)) < sizeof section) {
		memcpy(section, dotted_key, n);
		section[n] = '\0';
		k = find_key(section, dot + 1);
	}
	if (!k) {
		sx_err_set(err, "%s: unknown key '%s'", origin, dotted_key);
		return -EINVAL;
	}
	if (k->kind >= K_LIST) {
		sx_err_set(err, "%s: %s cannot be set from here; use a configuration file", origin,
			   dotted_key);
		return -EINVAL;
	}
	return set_scalar(cfg, k, value, true, origin, err);
}

/* SANDEXEC_ variables that are not configuration keys. sandexec reads the
 * first two; the build and test scripts read the others. Every other
 * SANDEXEC_ variable is an error, as an unknown key in a file is: a typo
 * must not be silently ignored. Keep sandexec(1) ENVIRONMENT in step. */
static const char *const env_not_config[] = {
    "SANDEXEC_SYSTEM_CONFIG", "SANDEXEC_DATADIR",      "SANDEXEC_SOURCE_ROOT",
    "SANDEXEC_CHECK_NOFORK",  "SANDEXEC_FUZZ_SECONDS", "SANDEXEC_TEST_IMAGE",
    "SANDEXEC_IMAGE",	      "SANDEXEC_DOCKERD_LOG",  NULL,
};

static void env_name(const struct key *k, char *buf, size_t len)
{
	snprintf(buf, len, "SANDEXEC_%s_%s", k->section, k->name);
	for (char *p = buf; *p; p++)
		*p = (char)toupper((unsigned char)*p);
}

/* A SANDEXEC_ entry of envp that names nothing: 0, or -EINVAL with err. */
static int env_check_names(char *const *envp, struct sx_err *err)
{
	char name[96];

	for (char *const *e = envp; e && *e; e++) {
		size_t len = strcspn(*e, "=");
		bool known = false;

		if (strncmp(*e, "SANDEXEC_", 9) != 0)
			continue;
		for (const char *const *n = env_not_config; *n && !known; n++)
			known = strlen(*n) == len && strncmp(*e, *n, len) == 0;
		for (size_t i = 0; i < NKEYS && !known; i++) {
			env_name(&keys[i], name, sizeof name);
			if (strlen(name) != len || strncmp(*e, name, len) != 0)
				continue;
			if (keys[i].kind >= K_LIST) {
				sx_err_set(err,
					   "%s: %s.%s cannot be set from the environment; use a "
					   "configuration file",
					   name, keys[i].section, keys[i].name);
				return -EINVAL;
			}
			known = true;
		}
		if (!known) {
			sx_err_set(err,
				   "%.*s: unknown variable: no configuration key has this "
				   "name (see ENVIRONMENT in sandexec(1))",
				   (int)(len > 80 ? 80 : len), *e);
			return -EINVAL;
		}
	}
	return 0;
}

int sx_config_load_env(struct sx_config *cfg, char *const *envp, struct sx_err *err)
{
	char name[96];
	int r;

	if ((r = env_check_names(envp, err)) < 0)
		return r;

	for (size_t i = 0; i < NKEYS; i++) {
		size_t len;
		const char *val = NULL;

		if (keys[i].kind >= K_LIST)
			continue;
		env_name(&keys[i], name, sizeof name);
		len = strlen(name);
		for (char *const *e = envp; e && *e; e++) {
			if (strncmp(*e, name, len) == 0 && (*e)[len] == '=') {
				val = *e + len + 1;
				break;
			}
		}
		if (!val)
			continue;
		if ((r = set_scalar(cfg, &keys[i], val, true, name, err)) < 0)
			return r;
	}
	return 0;
}

bool sx_config_key_at(size_t i, char *buf, size_t len)
{
	if (i >= NKEYS)
		return false;
	snprintf(buf, len, "%s.%s", keys[i].section, keys[i].name);
	return true;
}

/* A YAML double-quoted scalar. */
/* s as a double-quoted YAML scalar, through libyaml's emitter: its quoting
 * and escaping are the parser's own rules, so what `sandexec config` prints
 * loads back to the same value. (The emitter cannot write comments, so the
 * layout with its origin comments stays ours; the scalars are libyaml's.) */
struct growbuf {
	char *p;
	size_t len;
};

static int grow_write(void *data, unsigned char *bytes, size_t size)
{
	struct growbuf *g = data;

	g->p = sx_xrealloc(g->p, g->len + size + 1);
	memcpy(g->p + g->len, bytes, size);
	g->len += size;
	return 1;
}

static void put_quoted(FILE *out, const char *s)
{
	char *text = sx_utf8_sanitize(s, strlen(s));
	struct growbuf g = {NULL, 0};
	yaml_emitter_t em;
	yaml_event_t ev;
	bool ok;

	ok = yaml_emitter_initialize(&em);
	if (ok) {
		yaml_emitter_set_output(&em, grow_write, &g);
		yaml_emitter_set_unicode(&em, 1);
		yaml_emitter_set_width(&em, -1);
		ok = yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING) &&
		     yaml_emitter_emit(&em, &ev) &&
		     yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1) &&
		     yaml_emitter_emit(&em, &ev) &&
		     yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)text, -1, 1, 1,
						  YAML_DOUBLE_QUOTED_SCALAR_STYLE) &&
		     yaml_emitter_emit(&em, &ev) && yaml_document_end_event_initialize(&ev, 1) &&
		     yaml_emitter_emit(&em, &ev) && yaml_stream_end_event_initialize(&ev) &&
		     yaml_emitter_emit(&em, &ev) && yaml_emitter_flush(&em);
		yaml_emitter_delete(&em);
	}
	free(text);
	/* One scalar on one line (width -1): drop the stream's line breaks. */
	while (ok && g.len && (g.p[g.len - 1] == '\n' || g.p[g.len - 1] == '\r'))
		g.len--;
	if (ok && g.len)
		fwrite(g.p, 1, g.len, out);
	else
		fputs("\"\"", out);
	free(g.p);
}

void sx_config_dump(const struct sx_config *cfg, FILE *out)
{
	const char *section = "";
	char buf[64];

	for (size_t i = 0; i < NKEYS; i++) {
		const struct key *k = &keys[i];
		const void *field = (const char *)cfg + k->off;
		uint64_t v = k->kind >= K_UINT && k->kind <= K_MILLI ? *(const uint64_t *)field : 0;

		if (strcmp(section, k->section) != 0) {
			fprintf(out, "%s%s:\n", *section ? "\n" : "", k->section);
			section = k->section;
		}
		fprintf(out, "  %s:", k->name);
		switch (k->kind) {
		case K_STR:
		case K_STR_OPT:
			fputc(' ', out);
			put_quoted(out, *(char *const *)field);
			break;
		case K_BOOL:
			fprintf(out, " %s", *(const bool *)field ? "true" : "false");
			break;
		case K_UINT:
			fprintf(out, " %llu", (unsigned long long)v);
			break;
		case K_SIZE:
			sx_format_size(v, buf, sizeof buf);
			fprintf(out, " %s", buf);
			break;
		case K_DURATION:
			if (v % 1000)
				fprintf(out, " %llums", (unsigned long long)v);
			else
				fprintf(out, " %llus", (unsigned long long)(v / 1000));
			break;
		case K_MILLI:
			sx_format_milli(v, buf, sizeof buf);
			fprintf(out, " %s", buf);
			break;
		case K_LIST:
		case K_REQUIRE:
			break;
		}
		fprintf(out, "  # %s\n", cfg->origins[i]);
		if (k->kind == K_REQUIRE) {
			for (char *const *e = *(char **const *)field; e && e[0] && e[1]; e += 2) {
				fputs("    ", out);
				put_quoted(out, e[0]);
				fputs(": ", out);
				put_quoted(out, e[1]);
				fputc('\n', out);
			}
		}
		if (k->kind == K_LIST) {
			for (char *const *e = *(char **const *)field; e && *e; e++) {
				fputs("    - ", out);
				put_quoted(out, *e);
				fputc('\n', out);
			}
		}
	}
}

char *sx_config_seccomp_path(const struct sx_config *cfg)
{
	return sx_config_seccomp_path_for(cfg, false);
}

char *sx_config_seccomp_path_for(const struct sx_config *cfg, bool gvisor)
{
	const char *dir = getenv("SANDEXEC_DATADIR");
	const char *file = gvisor ? "seccomp-gvisor.json" : "seccomp.json";

	if (cfg->seccomp_profile && *cfg->seccomp_profile)
		return sx_xstrdup(cfg->seccomp_profile);
	if (dir && *dir)
		return sx_xasprintf("%s/%s", dir, file);
	return sx_xasprintf("%s/%s", SANDEXEC_DATADIR, file);
}

int sx_config_load_layers(struct sx_config *cfg, const char *file, const struct sx_config_set *sets,
			  size_t nsets, char *const *envp, struct sx_err *err)
{
	const char *sys = getenv("SANDEXEC_SYSTEM_CONFIG");
	const char *xdg = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");
	char *user = NULL;
	char origin[96];
	int r;

	if ((r = sx_config_load_file(cfg, sys ? sys : SANDEXEC_SYSCONFDIR "/sandexec.yaml", false,
				     err)) < 0)
		return r;
	if (xdg && *xdg)
		user = sx_xasprintf("%s/sandexec/sandexec.yaml", xdg);
	else if (home && *home)
		user = sx_xasprintf("%s/.config/sandexec/sandexec.yaml", home);
	if (user) {
		r = sx_config_load_file(cfg, user, false, err);
		free(user);
		if (r < 0)
			return r;
	}
	if (file && (r = sx_config_load_file(cfg, file, true, err)) < 0)
		return r;
	if ((r = sx_config_load_env(cfg, envp, err)) < 0)
		return r;
	for (size_t i = 0; i < nsets; i++) {
		if (strcmp(sets[i].origin, "--set") == 0)
			snprintf(origin, sizeof origin, "--set %s", sets[i].key);
		else
			snprintf(origin, sizeof origin, "--%s", sets[i].origin);
		if ((r = sx_config_set(cfg, sets[i].key, sets[i].value, origin, err)) < 0)
			return r;
	}
	return 0;
}
