#!/usr/bin/env bash
# Installs the Debian packages RPB Hijau needs to build, run and test, and nothing when they are
# all there already. Uses sudo when not run as root.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6sql6-sqlite libqt6opengl6-dev
    libgl-dev libvulkan-dev libxkbcommon-dev
    libsodium-dev libssl-dev libical-dev
    # The fuzz preset's libFuzzer: clang 19 is the first of Debian 12 that compiles std::expected.
    clang-19 libclang-rt-19-dev
    fonts-dejavu-core sqlite3
    # pdftotext: the tests read the summary's text and its sizes back from the PDF.
    poppler-utils
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
