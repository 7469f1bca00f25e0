#!/usr/bin/env bash
# Sourced by the deploy scripts that start servers which outlive them (postgres.sh, keycloak.sh).

# Closes, in the current (sub)shell, every file descriptor inherited beyond stdin/out/err. Call it in the
# subshell that execs the server: a descriptor the server inherited (a lock file held by 'flock cmd', a
# pipe of the caller) would stay open as long as it runs, holding that lock or that pipe for hours.
close_inherited_fds() {
  local fd
  for fd in /proc/$BASHPID/fd/*; do
    fd=${fd##*/}
    if (( fd > 2 && fd != 255 )); then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
}
