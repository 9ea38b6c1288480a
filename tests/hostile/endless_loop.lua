-- Hostile: never returns while loading.
while true do end
