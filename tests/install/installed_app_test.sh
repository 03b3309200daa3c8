#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Install.InstalledAppRunsWithoutSourceTree: install the build into a staging prefix,
# copy it elsewhere (the install must be relocatable), check that no installed file
# names the source or build folder, then hide both trees in a mount namespace and run
# the installed app there with a clean environment (installed_app_checks.sh).
#
# Usage: installed_app_test.sh CMAKE SOURCE_DIR BUILD_DIR BINDIR
set -euo pipefail

fail() { echo "Install test: FAILED: $*" >&2; exit 1; }
[ $# -eq 4 ] || fail "usage: $0 CMAKE SOURCE_DIR BUILD_DIR BINDIR"
cmake=$1
src=$(realpath "$2")
build=$(realpath "$3")
bindir=$4
here=$(dirname "$(realpath "${BASH_SOURCE[0]}")")
started=$(date +%s%N)

work=$(realpath "$(mktemp -d "${TMPDIR:-/tmp}/kc-install-test.XXXXXX")")
trap 'rm -rf "$work"' EXIT
for tree in "$src" "$build"; do
  case "$work/" in "$tree"/*) fail "the temporary folder $work is inside $tree, which the test hides: set TMPDIR elsewhere";; esac
done

echo "== cmake --install $build --prefix $work/stage --strip"
"$cmake" --install "$build" --prefix "$work/stage" --strip > "$work/install.log" 2>&1 ||
  { cat "$work/install.log" >&2; fail "cmake --install failed"; }
[ -x "$work/stage/$bindir/concurrency-kitchen" ] || fail "no $bindir/concurrency-kitchen was installed"

# Relocatable: the copy runs, the staging folder is gone before it does.
cp -a "$work/stage" "$work/copy"
rm -rf "$work/stage"
root=$work/copy
echo "== installed: $(find "$root" -type f | wc -l) files, $(du -sh "$root" | cut -f1)"

# No installed file names a folder of this machine's source or build (a compiled-in
# fallback works here and nowhere else), nor the staging prefix (not relocatable).
# Manual pages are the one exception for the prefix: their FILES section tells a
# person where this install put the data (app/CMakeLists.txt writes the prefix in).
bad=0
for path in "$src" "$build" "$work/stage"; do
  hits=$(grep -a -r -l -F -- "$path" "$root" || true)
  [ "$path" = "$work/stage" ] && hits=$(echo "$hits" | grep -Ev '/man/([^/]+/)?man[1-9]/' || true)
  if [ -n "$hits" ]; then
    echo "installed files containing $path:" >&2
    echo "$hits" | sed "s|^|  |" >&2
    echo "$hits" | head -3 | while IFS= read -r f; do
      grep -a -o -F -m 1 -- "$path" "$f" | head -1 | sed "s|^|  e.g. in ${f#"$root"/}: |" >&2
    done
    bad=1
  fi
done
# A link out of the prefix points into this machine, not into the install.
while IFS= read -r link; do
  target=$(readlink "$link")
  case "$target" in /*) echo "installed link $link points outside the prefix: $target" >&2; bad=1;; esac
done < <(find "$root" -type l)
[ $bad -eq 0 ] || fail "the installed tree depends on this machine's folders (above)"

# The hidden part runs from a copy of its script: bash reads a script as it goes, and
# its folder is about to disappear.
cp "$here/installed_app_checks.sh" "$work/checks.sh"
hide=("$src")
case "$build/" in "$src"/*) ;; *) hide+=("$build");; esac
args=("$work/checks.sh" "$work" "$root/$bindir/concurrency-kitchen" "${hide[@]}")

# Root (CI, this machine): a private mount namespace. Otherwise a user namespace that
# maps us to root inside it. Neither: fail, saying why; never a silent skip.
cd "$work"
tries=()
[ "$(id -u)" -eq 0 ] && tries+=("unshare --mount --propagation private")
tries+=("unshare --mount --map-root-user --propagation private")
why=""
for t in "${tries[@]}"; do
  if out=$($t true 2>&1); then
    echo "== hiding ${hide[*]} with: $t"
    rc=0
    $t bash "${args[@]}" || rc=$?
    echo "== took $(( ($(date +%s%N) - started) / 1000000 )) ms"
    [ $rc -eq 0 ] || fail "the installed app failed with the source and build trees hidden (above)"
    echo "Install test: passed"
    exit 0
  fi
  why+="  '$t' refused: $out"$'\n'
done
fail "cannot make a mount namespace to hide the source and build trees:"$'\n'"$why"\
"(needs root, or unprivileged user namespaces: sysctl kernel.unprivileged_userns_clone=1)"
