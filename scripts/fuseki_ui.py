#!/usr/bin/env python3
"""Drives headless Chromium (through chromedriver's WebDriver HTTP API; Python's standard library only) over the
Fuseki UI of a running `diplograph serve`, for scripts/screenshots.sh:

  python3 scripts/fuseki_ui.py BASE_URL QUERY_FILE QUERY_PNG INFO_PNG

1. opens the query page of /diplomacy with QUERY_FILE in the editor, runs it, waits for the result rows and saves
   the page as QUERY_PNG;
2. opens the dataset's info page, waits for its statistics, saves it as INFO_PNG;
3. prints, for each page, the UI's error messages (toasts, alerts), so that a page that fails against the server's
   restricted /$/ area shows up. Exit status 1 when the query gave no rows or a page showed an error.

chromedriver must listen on CHROMEDRIVER (default http://127.0.0.1:9515); Chromium runs with the flags this
machine needs (no sandbox as root, no background networking, a new empty profile).
"""
import base64
import json
import os
import sys
import tempfile
import time
import urllib.parse
import urllib.request

DRIVER = os.environ.get("CHROMEDRIVER", "http://127.0.0.1:9515")
ERRORS_JS = """
const found = [];
for (const el of document.querySelectorAll('.toast, .b-toast, .alert-danger')) {
  const text = el.innerText.trim();
  if (text) found.push(text.replace(/\\s+/g, ' '));
}
return found;
"""


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(DRIVER + path, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())["value"]


def wait_for(session, script, seconds=30):
    """Polls a JavaScript expression until it returns something truthy; returns it (or the last falsy value)."""
    end = time.time() + seconds
    value = None
    while time.time() < end:
        value = call("POST", f"/session/{session}/execute/sync", {"script": script, "args": []})
        if value:
            return value
        time.sleep(0.5)
    return value


def click(session, css):
    element = call("POST", f"/session/{session}/element", {"using": "css selector", "value": css})
    call("POST", f"/session/{session}/element/{list(element.values())[0]}/click", {})


def screenshot(session, path):
    with open(path, "wb") as f:
        f.write(base64.b64decode(call("GET", f"/session/{session}/screenshot")))


def main(base, query_file, query_png, info_png):
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
        "binary": "/usr/bin/chromium",
        "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--user-data-dir=" + profile, "--window-size=1800,1250", "--hide-scrollbars"]}}}}
    session = call("POST", "/session", caps)["sessionId"]
    problems = []
    try:
        query = open(query_file, encoding="utf-8").read()
        call("POST", f"/session/{session}/url",
             {"url": base + "/#/dataset/diplomacy/query?query=" + urllib.parse.quote(query)})
        if not wait_for(session, "return document.querySelector('.yasqe_queryButton') !== null;"):
            problems.append("query page: no run button")
        time.sleep(1)
        click(session, ".yasqe_queryButton")
        rows = wait_for(session, "const r = document.querySelectorAll('.yasr table tbody tr'); return r.length;")
        print(f"query page: {rows or 0} result rows")
        if not rows:
            problems.append("query page: the query gave no rows")
        # YASR's simple view (values without their <> and datatypes) with whole cells, not cut with an ellipsis:
        # one box at a time, since each click draws the table again
        for label in ("simple view", "ellips"):
            call("POST", f"/session/{session}/execute/sync", {"script": """
                for (const l of document.querySelectorAll('.yasr label')) {
                  const box = l.querySelector('input[type=checkbox]') || document.getElementById(l.htmlFor);
                  if (l.innerText.toLowerCase().includes(arguments[0]) && box) { box.click(); return true; }
                }
                return false;""", "args": [label]})
            time.sleep(1)
        errors = call("POST", f"/session/{session}/execute/sync", {"script": ERRORS_JS, "args": []})
        print("query page: error messages: " + ("; ".join(errors) if errors else "none"))
        problems += ["query page: " + e for e in errors]
        # the editor scrolled to the query itself (past its opening comment), and the first rows, in one picture
        call("POST", f"/session/{session}/execute/sync", {"script": """
            const cm = document.querySelector('.CodeMirror').CodeMirror;
            const line = cm.getValue().split('\\n').findIndex(l => l.startsWith('SELECT'));
            cm.scrollTo(null, cm.heightAtLine(Math.max(0, line - 6), 'local'));
            window.scrollTo(0, 0);""", "args": []})
        time.sleep(1)
        screenshot(session, query_png)

        call("POST", f"/session/{session}/url", {"url": base + "/#/dataset/diplomacy/info"})
        stats = wait_for(session, "return document.body.innerText.includes('Statistics');")
        # the dataset size: the button opens a popover whose "submit" runs a counting query per graph; real clicks
        # (WebDriver's), since the popover opens on focus
        click(session, "#count-triples-button")
        time.sleep(1)
        click(session, ".popover button.btn-primary")
        graphs = wait_for(session, "return document.body.innerText.includes('w3id.org/diplograph/id/article/');")
        print("info page: triples counted per graph: " + ("yes" if graphs else "no"))
        if not graphs:
            problems.append("info page: counting the triples of the graphs showed no graph")
        time.sleep(1)
        errors = call("POST", f"/session/{session}/execute/sync", {"script": ERRORS_JS, "args": []})
        print("info page: " + ("statistics shown" if stats else "no statistics") + "; error messages: "
              + ("; ".join(errors) if errors else "none"))
        problems += ["info page: " + e for e in errors]
        screenshot(session, info_png)
    finally:
        call("DELETE", f"/session/{session}")
    for p in problems:
        print("PROBLEM " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
