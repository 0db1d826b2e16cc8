# Shared by scripts/run, scripts/test and scripts/bench: install what is missing from
# Debian's packages, then configure and build incrementally into build/.
set -euo pipefail

SIMMON_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SIMMON_BUILD="${SIMMON_BUILD:-$SIMMON_ROOT/build}"

# clang and libclang-rt-14-dev: the asm360 fuzz test builds with clang's libFuzzer and
# sanitizers (tests/asm360/fuzz).
simmon_packages=(cmake ninja-build g++ pkg-config libfmt-dev libreadline-dev catch2
                 nlohmann-json3-dev python3 libsdl2-dev libpcap-dev libslirp-dev zlib1g-dev clang libclang-rt-14-dev)

simmon_install_packages() {
    local missing=()
    for p in "${simmon_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "simmon: missing packages; run: sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "simmon: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 ||
        { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "${missing[@]}" >/dev/null; }
}

# Packages a script can do without (a benchmark's comparison simulator): installed when
# missing and we are root, quietly skipped when that fails or we are not.
simmon_install_optional() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" -eq 0 ] || return 0
    echo "simmon: installing ${missing[*]} (optional)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 ||
        { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1; } || true
}

simmon_build() {
    if [ ! -f "$SIMMON_BUILD/build.ninja" ]; then
        cmake -S "$SIMMON_ROOT" -B "$SIMMON_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
    cmake --build "$SIMMON_BUILD" -- -j"$(nproc)" "$@"
}
