-- wrk script: POST a case file to the assess endpoint (docs/web.md, "Latency"). wrk reports
-- answers other than 2xx/3xx as "Non-2xx or 3xx responses".
--   CASE=cases/voice-only-loan-acknowledgement/case.yaml TOKEN=ea_... \
--   wrk -t2 -c16 -d30s --latency -s docs/web-bench.lua http://127.0.0.1:8080/api/v1/assessments
wrk.method = "POST"
wrk.headers["Content-Type"] = (os.getenv("CASE"):match("%.json$") and "application/json") or "application/yaml"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
local file = assert(io.open(os.getenv("CASE"), "rb"))
wrk.body = file:read("*a")
file:close()
