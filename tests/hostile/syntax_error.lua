-- Broken: a syntax error on line 4.
return {
  id = "broken",
  title = "broken" "oops",
}
