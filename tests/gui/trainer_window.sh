#!/bin/sh
# GUI test of the trainer's window (issue 16): a scenario in a folder of the trainer's own
# (--scenarios DIR, played by its id) whose helper gets a wrong argument. The window must name the
# scenario's own file, line and function on screen (not lua/callsim.lua's), keep the call as
# interrupted by the error rather than graded as failed, and store that same message.
# Prints "N passed, N failed" last.
# Usage: tests/gui/trainer_window.sh [BUILD_DIR]   (skips, exit 0, when Xvfb or xdotool is missing;
# CALLSIM_SHOTS=DIR keeps the screenshots)
set -u
. "$(dirname "$0")/../lib/gui.sh"
need_tools Xvfb xdotool import sqlite3 compare identify
gui_start callsim_trainer

mkdir -p "$TMP/mine"
cat >"$TMP/mine/broken_helper.lua" <<'LUA'
-- a trainer's scenario with a mistake a helper catches: the category name is misspelled
local function ask(call)
  local r = call.reply { expect = "openning", timeout = 10 }
  return r
end

return {
  id = "broken_helper", title = "出错的情境", level = 5, area = "service",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = { { id = "answer", max = 100, rule = "answer" } },
  run = function(call)
    if not call.ring() then return end
    ask(call)
    call.hangup("x")
  end,
}
LUA

LANG=zh_CN.UTF-8 "$BUILD/callsim" --scenarios "$TMP/mine" play broken_helper --db "$DB" >"$TMP/app.log" 2>&1 &
APP=$!
find_window
need_window
sleep 1
xdotool key F9                                   # answer: the script runs into its mistake at once
sleep 2
shot error
# the results screen: a red line saying the script failed (UI_BAD), no score in the header area
red=$(npx "$SHOTS/error.png" 1000x60+0+60 "215,55,55")
check "the results screen shows the script error in red ($red red pixels)" test "${red:-0}" -gt 50
# an interrupted call has no score, timeline or rubric: below the message the screen is empty
cols=$(ncol "$SHOTS/error.png" 1200x400+20+200)
check "no score, timeline or rubric items below the error ($cols colours)" test "${cols:-99}" -le 3
xdotool key q
close_window

reason=$(q "select coalesce(abort_reason, '') from attempts order by id desc limit 1")
status=$(q "select status from attempts order by id desc limit 1")
check "the attempt is not stored as a graded call (status $status)" test "$status" != completed
check "the stored error names the scenario's file, line and function: $reason" \
  sh -c "echo \"\$1\" | grep -q 'broken_helper.lua:3: in function .ask.: call.reply: bad argument #1 to .call.wait.'" _ "$reason"
check "the stored error does not point into lua/callsim.lua" sh -c "! echo \"\$1\" | grep -q 'callsim.lua'" _ "$reason"
finish
