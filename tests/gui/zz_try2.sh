#!/bin/sh
set -u
. "$(dirname "$0")/../lib/gui.sh"
gui_start callsim_try
SHOTS=/tmp/x/shots2; mkdir -p $SHOTS
LANG=zh_CN.UTF-8 "$BUILD/callsim" play scenarios/angry_caller.lua --lang zh --db "$DB" >"$TMP/app.log" 2>&1 &
APP=$!
find_window
sleep 1.2
xdotool key F9; sleep 1
xdotool type --delay 80 "喂，你好啊，有事吗"; xdotool key Return; sleep 9
xdotool key F4; xdotool key Return; sleep 8
xdotool type --delay 80 "好的好的"; xdotool key Return; sleep 6
xdotool key F12; sleep 2.5
shot results
xdotool key Down Down Down; sleep 0.3
shot results2
xdotool windowsize $WIN 1024 600; sleep 1
shot results_small
cat $TMP/app.log
finish
