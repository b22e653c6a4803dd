-- wrk script: POSTs the benchmark's request bodies (one JSON per line) round-robin.
-- Arguments after --: BODIES_FILE [DELAY_MS]. With a delay, each connection waits that long between requests,
-- so that C connections send about C * 1000 / DELAY_MS requests per second (a paced, not a maximal, load).
local bodies = {}
local next = 0
local pause = 0

init = function(args)
  for line in io.lines(args[1]) do
    bodies[#bodies + 1] = line
  end
  pause = tonumber(args[2] or "0")
end

request = function()
  next = next % #bodies + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, bodies[next])
end

delay = function()
  return pause
end
