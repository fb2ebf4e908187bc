#!/usr/bin/env bash
# Browser tests use Debian's Chromium (never a downloaded browser), and the policy brief's test reads
# the printed PDF with poppler's pdftotext; install what is missing from Debian.
set -eu
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then echo "Missing for the browser tests: run 'apt-get install -y ${missing[*]}' as root" >&2; exit 1; fi
echo "Installing Debian's ${missing[*]} for the browser tests..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq "${missing[@]}" >/dev/null
