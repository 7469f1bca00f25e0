-- wrk script: POSTs the GraphQL query in the QUERY environment variable to the gateway.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local query = os.getenv("QUERY")
wrk.body = '{"query":' .. string.format("%q", query):gsub("\\\n", "\\n") .. '}'

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"') then
    failures = (failures or 0) + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("graphql-errors %d\n", failures or 0))
end
