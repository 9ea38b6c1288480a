# Sourced by the GUI tests and the window bench (POSIX sh). start_xvfb LOG starts Xvfb on a display
# it chooses itself (-displayfd), so test runs on one machine — a developer's and CI's, or two
# scripts at once — never share a display; sets DISP (":N") and XPID.
start_xvfb() {
    _fdfile=$(mktemp /tmp/callsim-xvfb.XXXXXX)
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$_fdfile" >"$1" 2>&1 &
    XPID=$!
    _i=0
    while [ ! -s "$_fdfile" ] && [ "$_i" -lt 200 ]; do sleep 0.05; _i=$((_i + 1)); done
    DISP=":$(head -n 1 "$_fdfile" | tr -cd '0-9')"
    rm -f "$_fdfile"
}
