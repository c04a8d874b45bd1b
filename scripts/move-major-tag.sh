#!/bin/sh
# Points the major tag (v1) at the release just made (v1.x.y), but only when it is the newest v1 release:
# re-releasing an older patch must not move users of @v1 backwards. Version order, not text order
# (v1.10.0 is newer than v1.9.0). Usage: scripts/move-major-tag.sh vX.Y.Z [remote]
set -eu
tag="$1"
remote="${2:-origin}"
echo "$tag" | grep -Eqx 'v[0-9]+\.[0-9]+\.[0-9]+' || { echo "move-major-tag: '$tag' is not vX.Y.Z" >&2; exit 2; }
major="${tag%%.*}"
newest=$(git tag --list "$major.*.*" | grep -Ex 'v[0-9]+\.[0-9]+\.[0-9]+' | sort -t . -k 1.2,1n -k 2,2n -k 3,3n | tail -n 1)
if [ "$newest" != "$tag" ]; then
  echo "$newest is newer than $tag: $major stays where it is"
  exit 0
fi
git tag -f "$major" "$tag^{commit}" >/dev/null
git push --force "$remote" "refs/tags/$major"
echo "$major now points at $tag"
