#!/usr/bin/env bash
# Writes release/symbol-order.txt: the functions of the release binary that a certificate batch, a whole
# campaign's batch, a check and --help run, as callgrind sees them (the busiest first). Package.swift hands
# the list to lld (--symbol-ordering-file), which lays these functions out side by side at the start of the
# binary's code: a run then touches a few megabytes of code pages instead of pages all over the 33 MB of
# code (each touched page maps its neighbours too). Names no longer in the binary are skipped by lld, so a
# stale list costs memory, never correctness; run this again after large changes (`make symbol-order`).
#
#   release/symbol-order.sh [BINARY]    (default .build/release/ldm; needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
BINARY=${1:-.build/release/ldm}
command -v valgrind >/dev/null || { echo "release/symbol-order.sh: valgrind is needed (apt-get install valgrind)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
objcopy --strip-debug "$BINARY" "$WORK/ldm"
python3 bench/generate.py "$WORK/c20" --seed 2026 --certificates 20 >/dev/null
profile() {  # profile NAME ARGS…: one callgrind run of the binary
    local name=$1; shift
    LDM_HOME=$PWD valgrind --tool=callgrind --demangle=no --dump-instr=no --callgrind-out-file="$WORK/$name.out" \
        "$WORK/ldm" "$@" >/dev/null 2>"$WORK/$name.log" || { cat "$WORK/$name.log" >&2; exit 1; }
}
profile help --help
profile check check examples/campagne-2026
profile certificates batch "$WORK/c20" -o "$WORK/out-c20" --only certificat --quiet --jobs 2
profile campaign batch examples/campagne-2026 -o "$WORK/out-campaign" --quiet --jobs 2
python3 - "$WORK/ldm" "$WORK"/{certificates,campaign,check,help}.out > release/symbol-order.txt <<'PY'
import re, sys
binary, outputs = sys.argv[1], sys.argv[2:]
seen = set()
for path in outputs:
    objects, functions, object_of, cost = {}, {}, {}, {}
    current_object = current_function = None
    call_line = False
    for line in open(path, errors='replace'):
        match = re.match(r'^(c?ob|c?fn|c?fi|c?fe|fl)=\((\d+)\)(?: (.*))?$', line.rstrip('\n'))
        if match:
            kind, number, name = match.groups()
            if name is not None:
                (objects if kind.endswith('ob') else functions if kind.endswith('fn') else {})[number] = name
            if kind == 'ob': current_object = number
            elif kind == 'fn': current_function = number; object_of[number] = current_object; call_line = False
        elif line.startswith('calls='):
            call_line = True  # the next cost line is a call's inclusive cost
        elif line[:1].isdigit() or line[:1] in '+-*':
            if call_line: call_line = False; continue
            fields = line.split()
            if len(fields) >= 2 and current_function is not None:
                cost[current_function] = cost.get(current_function, 0) + int(fields[1])
    for number, _ in sorted(cost.items(), key=lambda item: -item[1]):
        name = functions[number].split("'")[0]  # callgrind marks recursion levels with '2, '3…
        if objects.get(object_of.get(number)) == binary and not name.startswith('0x') and name not in seen:
            seen.add(name)
            print(name)
PY
echo "release/symbol-order.txt: $(wc -l < release/symbol-order.txt) functions" >&2
