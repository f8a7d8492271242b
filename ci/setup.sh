#!/usr/bin/env bash
# Installs the system packages the build and the report checks need, when missing.
set -euo pipefail

need=()
pkg-config --exists libxml-2.0 2>/dev/null || need+=(libxml2-dev)
command -v pkg-config >/dev/null || need+=(pkg-config)
command -v xmllint >/dev/null || need+=(libxml2-utils)
if [ ${#need[@]} -gt 0 ]; then
  echo "ci/setup: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema
