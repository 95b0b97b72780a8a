#!/usr/bin/env bash
# Cold wall time of one `assessor assess` (a fresh JVM each time: start, compile rules/, read the
# case, assess, print): the median of N runs. Usage: scripts/bench-cold.sh [case] [runs]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case_dir="${1:-cases/loan-by-wechat-transfer}"
runs="${2:-7}"
"$here/assessor" --version >/dev/null            # build once, outside the measurement
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$here/assessor" assess "$case_dir" >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "cold 'assessor assess $case_dir': median ${sorted[$(( runs / 2 ))]} ms over $runs runs (all: ${times[*]} ms)"
