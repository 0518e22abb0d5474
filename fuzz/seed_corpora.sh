#!/bin/sh
# Fills fuzz/corpus/<target>/ with starting inputs from the repository:
# the seed roadmaps and the bad files for the loader, every effort and cost
# string written in roadmaps/ for the parsers, the seed reports for the
# importer. Run from the repository root; the corpora are not committed.
set -eu
cd "$(dirname "$0")/.."
mkdir -p fuzz/corpus/store fuzz/corpus/store_mutate fuzz/corpus/effort fuzz/corpus/money fuzz/corpus/import
cp roadmaps/*.toml tests/bad/*.toml fuzz/corpus/store/
# store_mutate's input is a list of edits to roadmaps/example.toml: start
# with a few (kind, line, length, text) records.
printf '\000\100\003nan' > fuzz/corpus/store_mutate/value-nan
printf '\001\200\000' > fuzz/corpus/store_mutate/drop-line
printf '\002\300\000' > fuzz/corpus/store_mutate/duplicate-line
printf '\003\020\012[[tasks]]' > fuzz/corpus/store_mutate/insert-header
# One file per distinct value, named by its checksum.
values() {
    grep -ho "^$1 = [^#]*" roadmaps/*.toml | sed "s/^$1 = //; s/^\"//; s/\" *\$//; s/ *\$//" | sort -u
}
save() {
    while IFS= read -r v; do
        printf '%s' "$v" > "fuzz/corpus/$1/$(printf '%s' "$v" | cksum | cut -d' ' -f1)"
    done
}
values effort | save effort
{ values cost_once; values cost_monthly; printf '%s\n' '$50' '~$15k' '€1.200' '15-20k' '$150 - 300' '1,5M'; } | save money
cp tests/seeds/*.txt fuzz/corpus/import/ 2>/dev/null || true
for d in fuzz/corpus/*; do echo "$d: $(ls "$d" | wc -l) inputs"; done
