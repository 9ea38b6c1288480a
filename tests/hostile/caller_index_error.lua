-- Hostile: caller's __index raises an error whose value is a table with a looping __tostring.
if true then return { id = 'caller_index_error', title = 'x', run = function() end,
  rubric = { { id = 'opening', max = 100, rule = 'opening' } },
  caller = setmetatable({}, { __index = function() error(setmetatable({}, { __tostring = function() while true do end end })) end }) } end
return {
  id = "caller_index_error", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
