# Sourced by the scripts that test the site with another roadmap: `source scripts/build-with-roadmap.sh <folder>`
# copies the project to a temporary folder with <folder> in place of content/roadmap, checks and builds it
# there, and leaves the shell in that copy, with $project naming the original. The copy goes when the shell exits.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
project=$PWD
roadmap=$1

work=$(mktemp -d "${TMPDIR:-/tmp}/$(basename "$roadmap").XXXXXX")
trap 'rm -rf "$work"' EXIT

# The project as committed (and any new files not yet ignored), without its build output.
git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work"
# Hard links are quick; Turbopack refuses a node_modules symlinked from outside the project.
cp -al node_modules "$work/node_modules" 2>/dev/null || cp -a node_modules "$work/node_modules"
rm -rf "$work/content/roadmap"
cp -r "$roadmap" "$work/content/roadmap"

cd "$work"
echo "$roadmap: $(npx tsx scripts/content-check.ts)"
NEXT_TELEMETRY_DISABLED=1 npm run -s build
