#!/usr/bin/env bash
# The layers hold in the object code, not only in the include paths (DESIGN.md, STYLE.md):
# libgrading.a neither defines nor uses a lua_, luaL_, SDL_ or sqlite3_ symbol, and libcore.a no
# SDL_ one.   tests/cli/test_layers.sh BUILD/callsim
set -u
build=$(dirname "${1:-build/callsim}")
pass=0
fail=0
layer() { # library, forbidden-symbol regex, what
  local lib="$build/$1"
  if [ ! -f "$lib" ]; then fail=$((fail + 1)); echo "FAIL $lib is missing"; return; fi
  local hits
  hits=$(nm -A "$lib" 2>/dev/null | awk '{ print $NF, $(NF-1) }' | grep -E "^($2)" | sort -u | head -n 5)
  if [ -z "$hits" ]; then pass=$((pass + 1))
  else fail=$((fail + 1)); echo "FAIL $1 has $3 symbols: $(echo "$hits" | tr '\n' ' ')"; fi
}
layer libgrading.a 'lua_|luaL_|luaopen_|SDL_|TTF_|sqlite3_' "Lua, SDL or SQLite"
layer libcore.a 'SDL_|TTF_' "SDL"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
