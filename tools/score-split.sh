#!/usr/bin/env bash
# Scores the extractor on the development set part by part, so the tuning split (d, a, b) and the held-back part (c)
# are always reported side by side. Run from the repository root, with the development set beside the checkout:
#   bash tools/score-split.sh [DEVSET_DIR]        (default ../shared/devset)
# Builds the CLI once (Release), extracts every text with its gold publication date, and prints one line per part
# with eval_extract.py's summary; the full list of misses per part is left in $OUT/eval-<part>.txt.
set -uo pipefail
devset=${1:-../shared/devset}
tools=$(cd "$devset/../tools" && pwd)
out=${OUT:-$(mktemp -d /tmp/opstracker-split.XXXX)}
mkdir -p "$out/pred"
dotnet build src/OpsTracker.Cli -c Release -o "$out/cli" -v q -nologo >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; exit 3; }
python3 - "$devset/gold.json" "$out" <<'PY'
import json, os, sys
gold = json.load(open(sys.argv[1], encoding="utf-8"))
reports = gold.get("reports", gold) if isinstance(gold, dict) else gold
with open(os.path.join(sys.argv[2], "dates"), "w") as f:
    for r in reports:
        f.write(f"{r['file'].rsplit('.', 1)[0]} {r.get('published') or '-'}\n")
for part in "dabc":
    subset = [r for r in reports if r["file"][0] == part]
    json.dump({"reports": subset}, open(os.path.join(sys.argv[2], f"gold-{part}.json"), "w", encoding="utf-8"), ensure_ascii=False)
PY
while read -r name pub; do
  args=(extract "$devset/texts/$name.txt")
  [ "$pub" != "-" ] && args+=(--published "$pub")
  dotnet "$out/cli/OpsTracker.Cli.dll" "${args[@]}" >"$out/pred/$name.json" 2>/dev/null
done <"$out/dates"
for part in d a b c; do
  python3 "$tools/eval_extract.py" "$out/gold-$part.json" "$out/pred" --verbose >"$out/eval-$part.txt"
  case $part in d|a|b) role="tuned on";; *) role="held back";; esac
  echo "$part ($role): $(tail -1 "$out/eval-$part.txt")"
done
echo "(misses per part in $out/eval-*.txt)"
