# shellcheck shell=bash
# apt_get ARGS...: apt-get that waits for the package locks instead of failing at once.
# Another apt or dpkg (unattended upgrades, a parallel CI job) may hold them: dpkg's own lock is
# waited for by apt (DPkg::Lock::Timeout); any "could not get lock" failure (also the package
# lists' lock of apt-get update) is retried every APT_RETRY_SECONDS until APT_WAIT_SECONDS pass.
# Other failures are reported at once.
APT_WAIT_SECONDS=${APT_WAIT_SECONDS:-900}
APT_RETRY_SECONDS=${APT_RETRY_SECONDS:-5}

apt_get() {
  local deadline=$((SECONDS + APT_WAIT_SECONDS)) output
  while true; do
    if output=$(apt-get -o DPkg::Lock::Timeout="$APT_WAIT_SECONDS" "$@" 2>&1); then
      return 0
    fi
    if ! grep -qiE "could not get lock|unable to lock|unable to acquire" <<<"$output" || [ "$SECONDS" -ge "$deadline" ]; then
      printf '%s\n' "$output" >&2
      return 1
    fi
    echo "apt-get $1: another apt or dpkg holds the package locks; waiting" >&2
    sleep "$APT_RETRY_SECONDS"
  done
}
