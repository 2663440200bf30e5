#!/usr/bin/env bash
# Wrap "dist/Nomos Desk.app" in a compressed disk image with a link to /Applications:
#     packaging/macos/make_dmg.sh            -> dist/nomos-desk-<version>-<arch>.dmg
# With MACOS_SIGN_IDENTITY set the image is signed; with NOTARY_PROFILE (a keychain profile
# made by `xcrun notarytool store-credentials`) it is notarised and the ticket stapled.
set -euo pipefail
cd "$(dirname "$0")/../.."

app="dist/Nomos Desk.app"
[ -d "$app" ] || { echo "make_dmg: build $app first (pyinstaller packaging/nomos-desk.spec)" >&2; exit 1; }
version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
dmg="dist/nomos-desk-${version}-$(uname -m).dmg"

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Nomos Desk" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
fi
echo "$dmg"
