#!/bin/sh
# check-workbook.sh WORKBOOK.xlsx [OUTDIR]
#
# Opens a workbook in LibreOffice Calc headless, converts it to PDF and the
# PDF to PNG pages (pdftoppm), so that a person can look at what an analyst
# will see. Fails when LibreOffice cannot load the file (a workbook Calc
# would offer to repair does not convert) or produces no pages.
# Needs: libreoffice (libreoffice-calc), pdftoppm (poppler-utils).
set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
	echo "usage: $0 WORKBOOK.xlsx [OUTDIR]" >&2
	exit 2
fi
book=$1
out=${2:-$(mktemp -d)}
[ -f "$book" ] || { echo "check-workbook: $book: no such file" >&2; exit 1; }
for tool in libreoffice pdftoppm; do
	command -v "$tool" >/dev/null 2>&1 || { echo "check-workbook: $tool not found" >&2; exit 1; }
done
mkdir -p "$out"

# a private profile: no first-start dialogs, no clash with a running office
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

name=$(basename "$book")
name=${name%.*}
log="$out/$name.convert.log"
if ! libreoffice -env:UserInstallation="file://$profile" --headless --norestore \
	--convert-to pdf --outdir "$out" "$book" >"$log" 2>&1; then
	cat "$log" >&2
	echo "check-workbook: libreoffice failed on $book" >&2
	exit 1
fi
if grep -qi "error" "$log"; then
	cat "$log" >&2
	echo "check-workbook: libreoffice reported an error on $book" >&2
	exit 1
fi
pdf="$out/$name.pdf"
[ -s "$pdf" ] || { cat "$log" >&2; echo "check-workbook: no PDF from $book" >&2; exit 1; }

pdftoppm -png -r 70 "$pdf" "$out/$name"
pages=$(ls "$out/$name"*.png 2>/dev/null | wc -l)
[ "$pages" -gt 0 ] || { echo "check-workbook: no pages in $pdf" >&2; exit 1; }
echo "$pdf: $pages page(s) as $out/$name-*.png"
