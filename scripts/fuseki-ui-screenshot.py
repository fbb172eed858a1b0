#!/usr/bin/env python3
# Takes a screenshot of the Fuseki UI of a running `diplograph serve`: the /diplomacy query page with a
# query run, through chromedriver's WebDriver HTTP API (no Selenium needed). Debian: apt-get install
# chromium chromium-driver; then
#   chromedriver --port=9515 &
#   python3 scripts/fuseki-ui-screenshot.py http://127.0.0.1:3030 src/main/resources/server/who-talked-to-whom.rq docs/fuseki-ui.png
import json, urllib.request, urllib.parse, base64, time, sys, tempfile
D = "http://127.0.0.1:9515"
def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(D + path, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())["value"]
profile = tempfile.mkdtemp(prefix="chrome-profile-")
caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
    "binary": "/usr/bin/chromium",
    "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
             "--window-size=1400,1700"]}}}}
s = call("POST", "/session", caps)["sessionId"]
try:
    base = sys.argv[1]
    query = open(sys.argv[2]).read()
    call("POST", f"/session/{s}/url", {"url": base + "/#/dataset/diplomacy/query?query=" + urllib.parse.quote(query)})
    time.sleep(6)
    # the run button of the YASQE editor
    el = call("POST", f"/session/{s}/element", {"using": "css selector", "value": ".yasqe_queryButton"})
    eid = list(el.values())[0]
    call("POST", f"/session/{s}/element/{eid}/click", {})
    time.sleep(5)
    call("POST", f"/session/{s}/execute/sync", {"script": "window.scrollTo(0, 0);", "args": []})
    time.sleep(1)
    png = call("GET", f"/session/{s}/screenshot")
    open(sys.argv[3], "wb").write(base64.b64decode(png))
    print("saved", sys.argv[3])
finally:
    call("DELETE", f"/session/{s}")
