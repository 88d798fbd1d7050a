#!/usr/bin/env bash
# Build the wheel, install it into a fresh virtualenv outside the checkout and run it there;
# with --bundle, also build the PyInstaller bundle and run its executable. Prints timings.
#
#     bash packaging/build_check.sh [--bundle] [--keep]
#
# PYTHON picks the interpreter (default python3). Everything is built under a temporary folder,
# removed at the end unless --keep is given; nothing is written into the checkout except the
# egg-info folder setuptools leaves beside pyproject.toml (.gitignore covers it).
set -euo pipefail

bundle=false keep=false
for arg in "$@"; do
    case "$arg" in
        --bundle) bundle=true ;;
        --keep) keep=true ;;
        *) echo "usage: $0 [--bundle] [--keep]" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-python3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/networkcircles-build.XXXXXX")"
if $keep; then
    echo "build_check: working in $work (kept)"
else
    trap 'rm -rf "$work"' EXIT
fi
export PIP_DISABLE_PIP_VERSION_CHECK=1
unset QT_QPA_PLATFORM  # the screenshot command must manage without it when there is no display

fail() { echo "build_check: FAILED: $*" >&2; exit 1; }
started=$SECONDS
step_start=$SECONDS
timing() {
    printf 'build_check: %-34s %4ds\n' "$1" $((SECONDS - step_start))
    step_start=$SECONDS
}

# 1. The wheel, with python -m build from a venv that has `build` (it builds in isolation).
"$python" -m venv "$work/builder"
"$work/builder/bin/pip" install -q build
"$work/builder/bin/python" -m build --outdir "$work/dist" "$root" >"$work/build.log" 2>&1 \
    || { tail -30 "$work/build.log"; fail "python -m build"; }
wheel=$(ls "$work"/dist/networkcircles-*.whl)
"$work/builder/bin/python" - "$wheel" <<'PY' || fail "the wheel does not carry resources/"
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
wanted = ["networkcircles/resources/icons/networkcircles.svg",
          "networkcircles/resources/icons/hicolor/256x256/apps/networkcircles.png"]
missing = [name for name in wanted if name not in names]
sys.exit(f"missing from the wheel: {missing}" if missing else 0)
PY
timing "wheel built ($(basename "$wheel"))"

# 2. A clean virtualenv with just the wheel, run from outside the checkout.
"$python" -m venv "$work/venv"
"$work/venv/bin/pip" install -q "$wheel"
timing "wheel installed in a clean venv"
app="$work/venv/bin/networkcircles"
cd "$work"
"$work/venv/bin/python" - "$work/venv" <<'PY' || fail "the installed package"
import importlib, pkgutil, sys
from pathlib import Path
import networkcircles
from networkcircles.paths import resources_folder
folder = resources_folder()
if Path(sys.argv[1]).resolve() not in folder.resolve().parents:
    sys.exit(f"resources come from {folder}, not from the installed wheel")
# Import every module: a dependency missing from pyproject.toml, or a subpackage missing
# from the wheel, is a packaging fault. Other import errors are the test suite's business.
missing = []
for module in pkgutil.walk_packages(networkcircles.__path__, "networkcircles."):
    if module.name.endswith("__main__"):
        continue
    try:
        importlib.import_module(module.name)
    except ModuleNotFoundError as error:
        missing.append(f"{module.name}: {error}")
    except Exception as error:
        print(f"build_check: note: {module.name} does not import: {error!r}", file=sys.stderr)
sys.exit("missing from the installed wheel:\n  " + "\n  ".join(missing) if missing else 0)
PY
"$app" --version
"$app" demo --db "$work/wheel.sqlite"
contacts=$("$app" stats --db "$work/wheel.sqlite" --json \
    | "$work/venv/bin/python" -c 'import json, sys; print(json.load(sys.stdin)["contacts"])')
((contacts > 0)) || fail "stats --json counts no contacts"
"$app" screenshot --db "$work/wheel.sqlite" -o "$work/wheel.png"
[[ -s "$work/wheel.png" ]] || fail "no screenshot from the wheel"
timing "wheel runs ($contacts contacts)"

if $bundle; then
    # 3. The PyInstaller bundle, built with the wheel's dependencies plus the `bundle` extra.
    "$work/venv/bin/pip" install -q "$wheel[bundle]"
    timing "PyInstaller installed"
    (cd "$root" && "$work/venv/bin/pyinstaller" packaging/networkcircles.spec --noconfirm \
        --distpath "$work/bundle" --workpath "$work/pyinstaller") >"$work/bundle.log" 2>&1 \
        || { tail -30 "$work/bundle.log"; fail "pyinstaller"; }
    timing "bundle built ($(du -sh "$work/bundle/networkcircles" | cut -f1))"
    frozen="$work/bundle/networkcircles/networkcircles"
    "$frozen" --version
    "$frozen" screenshot --db "$work/wheel.sqlite" -o "$work/bundle.png"
    [[ -s "$work/bundle.png" ]] || fail "no screenshot from the bundle"
    # Phone numbers are compared through phonenumbers, whose region data is imported lazily:
    # the same person, her number once national and once international, merges in the bundle
    # too (a comparison of digits alone would keep two people).
    printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Reyes\r\nTEL:(555) 010-2030\r\nEND:VCARD\r\n' \
        >"$work/phone-a.vcf"
    printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Reyes\r\nTEL:+15550102030\r\nEMAIL:dana@example.com\r\nEND:VCARD\r\n' \
        >"$work/phone-b.vcf"
    export NETWORKCIRCLES_PHONE_REGION=US
    "$frozen" import --db "$work/phones.sqlite" "$work/phone-a.vcf" >/dev/null
    merged=$("$frozen" import --db "$work/phones.sqlite" "$work/phone-b.vcf")
    unset NETWORKCIRCLES_PHONE_REGION
    [[ "$merged" == *"added 0, merged 1"* ]] || fail "phone numbers in the bundle: '$merged'"
    timing "bundle runs"
    # The window plans big imports and draws big PDFs in a child process of its executable:
    # the bundle started as that child (freeze_support) must run both jobs.
    "$work/venv/bin/python" "$root/packaging/child_check.py" \
        "$frozen" "$work/wheel.sqlite" "$work" || fail "a job in a child of the bundle"
    timing "bundle's child jobs"

    # 4. The sync password in the bundle. keyring finds its backends through its metadata;
    # a bundle without them would see no keyring where the wheel sees one. Without a
    # password the bundle must say what the wheel says (a keyring found: "no password ... in
    # the system keyring", none: "cannot be used"), for the backend found and for each one
    # named in PYTHON_KEYRING_BACKEND, and both name NETWORKCIRCLES_PASSWORD as the way on;
    # with NETWORKCIRCLES_PASSWORD set it gets past the password (to a server not there).
    says() {  # the one line `sync` writes on stderr: $1 the app, $2 the backend ("" for none)
        local backend=(-u PYTHON_KEYRING_BACKEND)
        [[ -n "$2" ]] && backend=(PYTHON_KEYRING_BACKEND="$2")
        env -u NETWORKCIRCLES_PASSWORD "${backend[@]}" "$1" sync --db "$work/keyring.sqlite" \
            --url http://127.0.0.1:9/ --user check 2>&1 >/dev/null | tail -1 || true
    }
    backends=("" keyring.backends.SecretService.Keyring keyring.backends.libsecret.Keyring
              keyring.backends.kwallet.DBusKeyring keyring.backends.chainer.ChainerBackend
              keyring.backends.null.Keyring keyring.backends.fail.Keyring)
    [[ "$(uname)" == Darwin ]] && backends+=(keyring.backends.macOS.Keyring)
    for backend in "${backends[@]}"; do
        wheel_says=$(says "$app" "$backend")
        bundle_says=$(says "$frozen" "$backend")
        [[ "$bundle_says" == "$wheel_says" ]] \
            || fail "keyring ${backend:-as found}: the bundle says '$bundle_says', the wheel '$wheel_says'"
        [[ "$bundle_says" == *NETWORKCIRCLES_PASSWORD* ]] \
            || fail "keyring ${backend:-as found}: no way on in '$bundle_says'"
    done
    echo "build_check: keyring in the bundle: $(says "$frozen" "")"
    reached=$(env -u PYTHON_KEYRING_BACKEND NETWORKCIRCLES_PASSWORD=secret "$frozen" sync \
        --db "$work/keyring.sqlite" --url http://127.0.0.1:9/ --user check 2>&1 || true)
    [[ "$reached" == *"cannot reach the server"* ]] \
        || fail "NETWORKCIRCLES_PASSWORD in the bundle: '$reached'"
    timing "bundle's keyring checked (${#backends[@]} ways)"
fi

echo "build_check: all good in $((SECONDS - started))s"
