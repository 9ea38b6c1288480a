-- Hostile: tries to run a shell command.
os.execute("touch /tmp/callsim-hostile-was-here")
return {}
