#!/bin/sh
# Regenerates unicode_tables.go and unicode_names.txt.gz (run from syntax/scanner).
set -e
d=$(mktemp -d)
cp testdata/gen_unicode.py "$d/"
cp /usr/share/perl/*/unicore/Name.pl "$d/" 2>/dev/null || true
/work/shared/tools/py314 "$d/gen_unicode.py" > "$d/out"
sed -n '/^===TABLES===$/,/^===NAMES===$/p' "$d/out" | sed '1d;$d' > unicode_tables.go
sed -n '/^===NAMES===$/,/^===END===/p' "$d/out" | sed '1d;$d' | base64 -d > unicode_names.txt.gz
grep '^===END===' "$d/out"
rm -rf "$d"
