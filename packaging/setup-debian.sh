#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything Signalbox needs to build, run and test on Debian 12 (bookworm) or newer.
# Idempotent: packages already present and a KSyntaxHighlighting already built are kept.
# Run as root (or through sudo). Prints each step; stops at the first failure and says which.
set -euo pipefail

DEPS_PREFIX=${SIGNALBOX_DEPS_PREFIX:-/opt/signalbox-deps}
KSH_VERSION=5.116.0
KSH_SHA256=6f8ccacebd0dc9ce050b2b23b715750c97938b3336fbbb80967920cb8c1dfaa7
PORTKEY_GATEWAY_VERSION=1.15.2  # as pinned in tests/gateway/package-lock.json
SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

step() { printf '\n== %s\n' "$*"; }
fail() { printf '\nsetup failed: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        fail "this step needs root: run the script as root or install sudo"; fi
}

PACKAGES=(
    build-essential cmake ninja-build pkg-config xz-utils perl extra-cmake-modules dpkg-dev file
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqcustomplot-dev libqcustomplot2.1-qt6 libyaml-cpp-dev qtkeychain-qt6-dev libdtl-dev libfyaml-dev libvalijson-dev
    libgl-dev fonts-dejavu-core xvfb xauth desktop-file-utils appstream libxml2-utils gettext-base python3
)

# The analysers `dev.sh lint` runs, installed only when it asks (--lint): clang-tidy 14 and clazy 1.11.
LINT_PACKAGES=(clang-tidy-14 clazy)
[ "${1:-}" = --lint ] && PACKAGES+=("${LINT_PACKAGES[@]}")

missing_packages() {
    local p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || printf '%s\n' "$p"
    done
}

install_packages() {
    step "Debian packages"
    local missing
    missing=$(missing_packages)
    if [ -z "$missing" ]; then echo "all ${#PACKAGES[@]} packages present"; return; fi
    echo "installing:" $missing
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || fail "apt-get update"
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing \
        || fail "apt-get install"
}

have_system_ksyntaxhighlighting() {
    # Distributions with KDE Frameworks 6 package a Qt 6 build; use it where it exists.
    [ -e /usr/lib/x86_64-linux-gnu/cmake/KF6SyntaxHighlighting ] || ls /usr/lib/*/cmake/KF6SyntaxHighlighting >/dev/null 2>&1
}

debian_archive_uri() {
    # The machine's own apt source for the main archive: never a hard-coded host.
    local uri
    uri=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -n1 || true)
    [ -n "$uri" ] || uri=$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | grep -v security | awk '{print $2}' | head -n1 || true)
    [ -n "$uri" ] || fail "no Debian archive found in /etc/apt/sources.list(.d)"
    printf '%s' "${uri%/}"
}

build_ksyntaxhighlighting() {
    step "KDE syntax-highlighting for Qt 6"
    if have_system_ksyntaxhighlighting; then echo "system KF6SyntaxHighlighting found"; return; fi
    local stamp="$DEPS_PREFIX/.ksyntaxhighlighting-$KSH_VERSION"
    if [ -e "$stamp" ]; then echo "already built in $DEPS_PREFIX"; return; fi
    local work tarball uri
    work=$(mktemp -d); chmod 755 "$work"  # apt-helper downloads as the _apt user
    trap 'rm -rf "$work"' RETURN
    uri="$(debian_archive_uri)/pool/main/k/ksyntax-highlighting/ksyntax-highlighting_${KSH_VERSION}.orig.tar.xz"
    tarball="$work/ksh.tar.xz"
    echo "downloading $uri"
    /usr/lib/apt/apt-helper download-file "$uri" "$tarball" "SHA256:$KSH_SHA256" >/dev/null \
        || fail "download of KSyntaxHighlighting source"
    tar -xf "$tarball" -C "$work"
    local src="$work/syntax-highlighting-$KSH_VERSION"
    [ -d "$src" ] || src=$(find "$work" -maxdepth 1 -type d -name '*highlighting*' | head -n1)
    # Debian 12 has ECM 5.103, which builds this release fine.
    sed -i -E 's/find_package\(ECM [0-9.]+/find_package(ECM 5.103.0/' "$src/CMakeLists.txt"
    # A static library: no clash with the Qt 5 build's SONAME, nothing extra to ship.
    cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$DEPS_PREFIX" -DBUILD_SHARED_LIBS=OFF -DCMAKE_POSITION_INDEPENDENT_CODE=ON \
        -DBUILD_WITH_QT6=ON -DQT_MAJOR_VERSION=6 -DBUILD_TESTING=OFF -DBUILD_QCH=OFF \
        -DBUILD_codeeditor=OFF -DBUILD_codepdfprinter=OFF -DBUILD_minimaltest=OFF \
        -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Quick=ON >"$work/configure.log" 2>&1 \
        || { tail -n 30 "$work/configure.log"; fail "configure KSyntaxHighlighting"; }
    cmake --build "$work/build" >"$work/build.log" 2>&1 || { tail -n 30 "$work/build.log"; fail "build KSyntaxHighlighting"; }
    as_root cmake --install "$work/build" >/dev/null || fail "install KSyntaxHighlighting"
    as_root touch "$stamp"
    echo "installed into $DEPS_PREFIX"
}

install_portkey_gateway() {
    # tests/gateway runs exported Portkey configs through the real gateway, from the npm registry.
    step "Portkey gateway $PORTKEY_GATEWAY_VERSION for tests/gateway"
    if ! command -v node >/dev/null; then
        echo "installing Node.js and npm from Debian"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || fail "apt-get update"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm \
            || fail "apt-get install nodejs npm"
    fi
    command -v npm >/dev/null || fail "node is installed but npm is not: install npm"
    local major
    major=$(node -p 'process.versions.node.split(".")[0]')
    [ "$major" -ge 18 ] || fail "Node.js $(node --version) is too old for the Portkey gateway: 18 or newer needed"
    local dir="$DEPS_PREFIX/portkey-gateway" lock="$SOURCE_DIR/tests/gateway/package-lock.json" installed
    installed=$(node -p 'require(process.argv[1]).version' "$dir/node_modules/@portkey-ai/gateway/package.json" \
        2>/dev/null || true)
    if [ "$installed" = "$PORTKEY_GATEWAY_VERSION" ] && cmp -s "$lock" "$dir/package-lock.json"; then
        echo "already installed in $dir (node $(node --version))"; return
    fi
    as_root mkdir -p "$dir"
    as_root cp "$SOURCE_DIR/tests/gateway/package.json" "$lock" "$dir/"
    # Exactly the locked versions; no install scripts run.
    (cd "$dir" && as_root npm ci --ignore-scripts --omit=dev --no-audit --no-fund --loglevel=error) \
        || fail "npm ci of the Portkey gateway"
    echo "installed into $dir (node $(node --version))"
}

install_packages
build_ksyntaxhighlighting
install_portkey_gateway
step "set-up done"
