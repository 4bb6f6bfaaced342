#!/usr/bin/env bash
# usage: tools/compare-extraction.sh BASE_REV [FOLDER ...]
#
# Whether the working tree's `extract` prints the same bytes as BASE_REV's (docs/benchmarks.md, "How to measure a
# change"): builds the CLI of BASE_REV (a detached git worktree under a temporary folder) and of the working tree as it
# is, uncommitted changes included (Release, under the build lock when flock exists), runs `extract FOLDER --jobs 1` and
# `--jobs 2` with both for each folder (default: the repository's seeds/), and compares their standard output with cmp.
# Prints one line per folder and job count, IDENTICAL or DIFFERENT with the first differing report's "file", then
# whether the working tree's --jobs 2 equals its --jobs 1. Exits 1 on any difference, 2 when it cannot compare.
# Reads nothing outside the repository but the folders it is given.
set -euo pipefail

if [ $# -lt 1 ] || [ "$1" = -h ] || [ "$1" = --help ]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
base_rev=$1
shift

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
base_commit=$(git -C "$repo" rev-parse --verify --quiet "$base_rev^{commit}") || {
  echo "compare-extraction: $base_rev names no commit" >&2
  exit 2
}

# Folders are read by absolute path, so both builds read the same files whatever folder each runs from.
folders=()
if [ $# -eq 0 ]; then
  folders=("$repo/seeds")
else
  for folder in "$@"; do
    if [ ! -d "$folder" ]; then
      echo "compare-extraction: $folder is not a folder" >&2
      exit 2
    fi
    folders+=("$(cd "$folder" && pwd)")
  done
fi

# The machine is shared: builds wait for the build lock, as every build and test there does.
lock=()
if command -v flock > /dev/null; then
  lock=(flock /tmp/opstracker-build.lock)
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/compare-extraction.XXXXXX")
cleanup() {
  if [ -d "$scratch/base" ]; then
    git -C "$repo" worktree remove --force "$scratch/base" > /dev/null 2>&1 || true
  fi
  rm -rf "$scratch"
  git -C "$repo" worktree prune > /dev/null 2>&1 || true
}
trap cleanup EXIT

echo "base $base_rev (${base_commit:0:7}) against the working tree $repo ($(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- 2> /dev/null || echo ', with uncommitted changes'))"

git -C "$repo" worktree add --detach --quiet "$scratch/base" "$base_commit"
build() { # SOURCE_TREE OUTPUT_DIR
  if ! "${lock[@]}" dotnet build "$1/src/OpsTracker.Cli" -c Release -o "$2" -v q -nologo > "$2.log" 2>&1; then
    cat "$2.log" >&2
    echo "compare-extraction: the build of $1 failed" >&2
    exit 2
  fi
}
build "$scratch/base" "$scratch/base-cli"
build "$repo" "$scratch/work-cli"

# extract CLI_DIR FOLDER JOBS OUTPUT: the exit code is kept beside the output (1 when a report could not be read).
extract() {
  local code=0
  dotnet "$1/OpsTracker.Cli.dll" extract "$2" --jobs "$3" > "$4" 2> "$4.err" || code=$?
  echo "$code" > "$4.code"
}

# The line number where two JSON Lines outputs first differ (one past the shorter's end when one is a prefix).
first_differing_line() {
  awk 'FILENAME == ARGV[1] { a[FNR] = $0; n = FNR; next }
       { m = FNR } $0 != a[FNR] && !found { print FNR; found = 1; exit }
       END { if (!found) print (m < n ? m : n) + 1 }' "$1" "$2"
}

# The "file" of line LINE of a JSON Lines output ("file" is each object's first member), or "(none)" past its end.
file_of_line() {
  local name
  name=$(sed -n "$2{p;q}" "$1" | sed -n 's/^{"file":"\([^"]*\)".*/\1/p')
  echo "${name:-(none)}"
}

# compare LABEL BASE_OUTPUT CHANGE_OUTPUT: prints one line, returns 1 when they differ.
compare() {
  local label=$1 a=$2 b=$3
  if cmp -s "$a" "$b" && cmp -s "$a.code" "$b.code"; then
    echo "$label: IDENTICAL ($(wc -l < "$a") reports)"
    return 0
  fi
  if cmp -s "$a" "$b"; then
    echo "$label: DIFFERENT exit codes ($(cat "$a.code") and $(cat "$b.code")), the same output"
    return 1
  fi
  local line file_a file_b
  line=$(first_differing_line "$a" "$b")
  file_a=$(file_of_line "$a" "$line")
  file_b=$(file_of_line "$b" "$line")
  if [ "$file_a" = "$file_b" ]; then
    echo "$label: DIFFERENT, first at report $line, \"file\": \"$file_a\""
  else
    echo "$label: DIFFERENT, first at report $line, \"file\": \"$file_a\" against \"$file_b\""
  fi
  return 1
}

different=0
index=0
for folder in "${folders[@]}"; do
  index=$((index + 1))
  shown=${folder#"$repo"/}/
  for jobs in 1 2; do
    extract "$scratch/base-cli" "$folder" "$jobs" "$scratch/base-$index-$jobs.jsonl"
    extract "$scratch/work-cli" "$folder" "$jobs" "$scratch/work-$index-$jobs.jsonl"
    compare "$shown --jobs $jobs" "$scratch/base-$index-$jobs.jsonl" "$scratch/work-$index-$jobs.jsonl" || different=1
  done
  compare "$shown working tree --jobs 2 against --jobs 1" "$scratch/work-$index-1.jsonl" "$scratch/work-$index-2.jsonl" || different=1
done
exit $different
