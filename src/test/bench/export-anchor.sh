#!/usr/bin/env bash
# export-anchor.sh DIR
# The anchor for `java -jar target/rakit.jar bench export DIR`: libvips' vipsthumbnail making the
# same renditions of the first 10 *.JPG of DIR (sorted by name) that the bundle makes: Instagram
# 1080x1350 and Instagram Story 1080x1920 cropped around the centre, Facebook within 2048x2048,
# and X within 2048x2048 for the first 4 (X takes at most 4 photos a post): 34 renditions, sRGB,
# quality 92, metadata stripped. One vipsthumbnail process per platform, the way a script would
# call it. Prints the median of REPS runs (default 3) after one warm-up run, like
# ../shared/bench/anchors.sh.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
DIR=$(cd "$1" && pwd); REPS=${REPS:-3}; OUT=${OUT:-/tmp/bench/out-export-anchor}
shopt -s nullglob; ALL=("$DIR"/*.JPG); FILES=("${ALL[@]:0:10}")
[ "${#FILES[@]}" -eq 10 ] || { echo "need 10 *.JPG in $DIR" >&2; exit 1; }
cat "${FILES[@]}" > /dev/null
run() {
  rm -rf "$OUT"; mkdir -p "$OUT"/instagram "$OUT"/instagram-story "$OUT"/facebook "$OUT"/x
  vipsthumbnail "${FILES[@]}" -s 1080x1350 -m centre -e srgb -o "$OUT/instagram/%s.jpg[Q=92,strip]"
  vipsthumbnail "${FILES[@]}" -s 1080x1920 -m centre -e srgb -o "$OUT/instagram-story/%s.jpg[Q=92,strip]"
  vipsthumbnail "${FILES[@]}" -s '2048x2048>' -e srgb -o "$OUT/facebook/%s.jpg[Q=92,strip]"
  vipsthumbnail "${FILES[@]:0:4}" -s '2048x2048>' -e srgb -o "$OUT/x/%s.jpg[Q=92,strip]"
}
run
secs=()
for ((r = 0; r < REPS; r++)); do
  start=$(date +%s.%N); run; end=$(date +%s.%N)
  secs+=("$(echo "$end - $start" | bc)")
done
med=$(printf '%s\n' "${secs[@]}" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
echo "# $(date -u +%FT%TZ) $(nproc) cpus, load: $(cut -d' ' -f1-3 /proc/loadavg), runs: ${secs[*]}"
printf 'vipsthumbnail: 10 photos x 4 platforms (34 renditions) in %.2f s\n' "$med"
