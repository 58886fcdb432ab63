#!/bin/bash
# measure-startup.sh DATA_FOLDER RUNS: Rakit's start, launch to a window ready for typing, as
# "bench startup" reports it, warm (files in the page cache) and cold (caches dropped first: needs
# root), for java -jar and the app-image's launcher, each with its class-data-sharing archive and
# without (-Xshare:off). Prints the median and range of RUNS runs per case, with the load.
# Before each run it waits (up to 15 minutes) until other processes use under 15% of the CPUs over
# a second, and prints the most they used: on a shared machine the numbers mean little otherwise.
# Needs a display (Xvfb is enough): DISPLAY=:95 installer/measure-startup.sh /tmp/data 5
set -u
data=$1
runs=${2:-5}
cd "$(dirname "$0")/.."
image=target/jpackage/Rakit/bin/Rakit
[ -x "$image" ] || { echo "build the app-image first: ./mvnw -Pinstaller -DskipTests package" >&2; exit 2; }

others() { # percent of the CPUs not idle over one second
    local a b
    a=($(head -1 /proc/stat)); sleep 1; b=($(head -1 /proc/stat))
    local total=0 i
    for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
    echo $((100 - 100 * (b[4] + b[5] - a[4] - a[5]) / total))
}
quiet() { # waits for a quiet machine; prints how busy it was then
    local start now
    start=$(date +%s)
    while now=$(others); [ "$now" -ge 15 ] && [ $(( $(date +%s) - start )) -lt 900 ]; do sleep 4; done
    echo "$now"
}

once() { # cold|warm share|noshare jar|image
    local copy
    copy=$(mktemp -d)
    cp -r "$data/." "$copy"
    rm -f "$copy"/logs/*.lck
    local busy
    busy=$(quiet)
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
    echo "$(echo "$line" | sed -n 's/^startup: window ready in \([0-9]*\) ms$/\1/p') $busy"
}

for how in warm cold; do
    for launcher in jar image; do
        for share in share noshare; do
            [ "$how" = warm ] && once warm "$share" "$launcher" > /dev/null  # fills the caches
            results=$(for i in $(seq 1 "$runs"); do once "$how" "$share" "$launcher"; done)
            values=$(echo "$results" | cut -d' ' -f1 | grep . | sort -n)
            busy=$(echo "$results" | cut -d' ' -f2 | sort -n | tail -1)
            n=$(echo "$values" | grep -c .)
            median=$(echo "$values" | sed -n "$(( (n + 1) / 2 ))p")
            printf '%-5s %-6s %-8s median %5s ms  (%s .. %s, %d runs, load %s, others at most %s%%)\n' "$how" \
                "$launcher" "$share" "$median" "$(echo "$values" | head -1)" "$(echo "$values" | tail -1)" "$n" \
                "$(cut -d' ' -f1 /proc/loadavg)" "$busy"
        done
    done
done
