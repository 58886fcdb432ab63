#!/bin/bash
# measure-startup.sh DATA_FOLDER RUNS: Rakit's start, launch to a window ready for typing, as
# "bench startup" reports it, warm (files in the page cache) and cold (caches dropped first: needs
# root), for java -jar and the app-image's launcher, each with its class-data-sharing archive and
# without (-Xshare:off). Prints the median and range of RUNS runs per case, with the load.
# Needs a display (Xvfb is enough): DISPLAY=:95 installer/measure-startup.sh /tmp/data 5
set -u
data=$1
runs=${2:-5}
cd "$(dirname "$0")/.."
image=target/jpackage/Rakit/bin/Rakit
[ -x "$image" ] || { echo "build the app-image first: ./mvnw -Pinstaller -DskipTests package" >&2; exit 2; }

once() { # cold|warm share|noshare jar|image
    local copy
    copy=$(mktemp -d)
    cp -r "$data/." "$copy"
    rm -f "$copy"/logs/*.lck
    if [ "$1" = cold ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
    local opts=""
    [ "$2" = noshare ] && opts="-Xshare:off"
    local line
    if [ "$3" = jar ]; then
        line=$(java $opts -jar target/rakit.jar bench startup --data-dir "$copy" 2>/dev/null | tail -1)
    else
        line=$(JAVA_TOOL_OPTIONS="$opts" "$image" bench startup --data-dir "$copy" 2>/dev/null | tail -1)
    fi
    rm -rf "$copy"
    echo "$line" | sed -n 's/^startup: window ready in \([0-9]*\) ms$/\1/p'
}

for how in warm cold; do
    for launcher in jar image; do
        for share in share noshare; do
            [ "$how" = warm ] && once warm "$share" "$launcher" > /dev/null  # fills the caches
            values=$(for i in $(seq 1 "$runs"); do once "$how" "$share" "$launcher"; done | sort -n)
            n=$(echo "$values" | grep -c .)
            median=$(echo "$values" | sed -n "$(( (n + 1) / 2 ))p")
            printf '%-5s %-6s %-8s median %5s ms  (%s .. %s, %d runs, load %s)\n' "$how" "$launcher" \
                "$share" "$median" "$(echo "$values" | head -1)" "$(echo "$values" | tail -1)" "$n" \
                "$(cut -d' ' -f1 /proc/loadavg)"
        done
    done
done
