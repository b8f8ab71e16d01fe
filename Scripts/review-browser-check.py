#!/usr/bin/env python3
"""Loads review pages in headless Chromium and reports what a person would run into.

Usage: review-browser-check.py SCREENSHOT_DIR URL...

Drives Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe: no port, no
network). For every URL it records each console message, uncaught exception and browser log
entry of level error or warning (failed loads included), checks that the page's script ran to the
end (<html data-ready="1">), exercises the page (a document page: hover the first check and
test that its figures are highlighted, click it and test that it is pinned with its figure cells
highlighted, click a cell holding two figures twice and test that the panel shows one then the
other, pick every figure of the text and test that the panel shows its paragraph, click the
first low-confidence figure, or else the first figure, and test that the side panel shows it),
and saves a 1400x1000 screenshot of the viewport after each step. Prints one JSON object: {"pages": [{"url", "errors", "ready", "load_ms",
"steps": [...], "screenshots": [...]}]}. Exit status 0 when it could drive the browser (the
caller judges the results), 2 when it could not.
"""
import base64
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


class Browser:
    def __init__(self):
        binary = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        if not binary:
            raise RuntimeError("no chromium on PATH")
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        # Out of the way of 3 and 4 first, so the dup2 calls below cannot clobber each other.
        child_in = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)
        child_out = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
        os.close(to_child_r)
        os.close(from_child_w)

        def wire():  # the child reads commands on fd 3 and writes replies on fd 4
            os.dup2(child_in, 3)
            os.dup2(child_out, 4)

        self.profile = tempfile.mkdtemp(prefix="review-browser-")
        self.process = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--remote-debugging-pipe", "--no-first-run",
             "--disable-gpu", "--hide-scrollbars", "--mute-audio", "--user-data-dir=" + self.profile,
             "about:blank"],
            pass_fds=(3, 4), preexec_fn=wire, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(child_in)
        os.close(child_out)
        self.writer = os.fdopen(to_child_w, "wb", buffering=0)
        self.reader = os.fdopen(from_child_r, "rb", buffering=0)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def send(self, method, params=None, session=True, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        self.writer.write(json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while time.time() < deadline:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError("%s: %s" % (method, reply["error"]))
                return reply.get("result", {})
            self.events.append(reply)
        raise RuntimeError("%s: no reply in %d s" % (method, timeout))

    def read(self):
        while b"\0" not in self.buffer:
            chunk = self.reader.read(1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def open_page(self, width, height):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True},
                                 session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(domain + ".enable")
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def wait_for(self, method, timeout=30):
        for index, event in enumerate(self.events):
            if event.get("method") == method:
                del self.events[index]
                return event
        deadline = time.time() + timeout
        while time.time() < deadline:
            event = self.read()
            if event.get("method") == method:
                return event
            self.events.append(event)
        raise RuntimeError("no %s in %d s" % (method, timeout))

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            return {"exception": result["exceptionDetails"].get("text")}
        return result.get("result", {}).get("value")

    def screenshot(self, path):
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))
        return path

    def problems(self):
        """Console messages, exceptions and error/warning log entries seen so far (then forgotten)."""
        self.drain()
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled":
                text = " ".join(str(arg.get("value", arg.get("description", ""))) for arg in params.get("args", []))
                found.append("console.%s: %s" % (params.get("type"), text))
            elif method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                found.append("exception: %s %s" % (details.get("text", ""),
                                                   details.get("exception", {}).get("description", "")))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") in ("error", "warning"):
                entry = params["entry"]
                found.append("log %s: %s %s" % (entry.get("level"), entry.get("text"), entry.get("url", "")))
        self.events = []
        return found

    def drain(self):
        """Reads what the browser already sent, without blocking for long."""
        self.send("Runtime.evaluate", {"expression": "0"})

    def close(self):
        try:
            self.send("Browser.close", session=False, timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


DOCUMENT_STEPS = [
    # (name, script returning a JSON-able result, what the result must be truthy for)
    ("hover-first-check", """(function () {
        var check = document.querySelector('#review li.check, li.check');
        if (!check) { return {skipped: 'no check on this page'}; }
        check.dispatchEvent(new MouseEvent('mouseenter', {bubbles: false}));
        var wanted = (check.getAttribute('data-figs') || '').split(' ').filter(Boolean).length;
        return {ok: wanted === 0 || document.querySelectorAll('.hl').length > 0,
                highlighted: document.querySelectorAll('.hl').length, figures: wanted};
    })()"""),
    ("pin-first-check", """(function () {
        var check = document.querySelector('#review li.check, li.check');
        if (!check) { return {skipped: 'no check on this page'}; }
        check.dispatchEvent(new MouseEvent('mouseleave', {bubbles: false}));
        check.click();
        return {ok: check.classList.contains('pinned') && document.querySelectorAll('td.hl, li.f.hl').length > 0,
                highlighted_cells: document.querySelectorAll('td.hl, li.f.hl').length, scrolled_to: window.scrollY};
    })()"""),
    ("click-a-cell-of-two-figures-twice", """(function () {
        var cell = Array.prototype.filter.call(document.querySelectorAll('td.f'),
            function (c) { return c.getAttribute('data-f').indexOf(' ') > 0; })[0];
        if (!cell) { return {skipped: 'no cell holds two figures'}; }
        var ids = cell.getAttribute('data-f').split(' ');
        cell.scrollIntoView({block: 'center'});
        cell.click();
        var first = document.querySelector('#panel h2').textContent;
        cell.click();
        var second = document.querySelector('#panel h2').textContent;
        return {ok: first.indexOf(ids[0]) === 0 && second.indexOf(ids[1]) === 0, shown: [first, second]};
    })()"""),
    ("prose-figures-show-their-paragraph", """(function () {
        var items = Array.prototype.slice.call(document.querySelectorAll('li.f.prose'));
        if (items.length < 2) { return {skipped: 'fewer than two figures in the text'}; }
        var without = [];
        items.forEach(function (item) {
            item.click();
            var terms = Array.prototype.filter.call(document.querySelectorAll('#panel dt'),
                function (dt) { return dt.textContent.indexOf(' as printed') > 0; });
            var text = terms.length ? terms[0].nextElementSibling.textContent : '';
            if (!text) { without.push(item.getAttribute('data-f')); }
        });
        return {ok: without.length === 0, figures: items.length, without_paragraph: without.slice(0, 5)};
    })()"""),
    ("click-first-low-figure", """(function () {
        var cell = document.querySelector('td.f.low, li.f.low') || document.querySelector('td.f, li.f');
        if (!cell) { return {skipped: 'no figure on this page'}; }
        cell.scrollIntoView({block: 'center'});
        cell.click();
        var id = cell.getAttribute('data-f').split(' ')[0];
        var title = document.querySelector('#panel h2');
        return {ok: !!title && title.textContent.indexOf(id) === 0 && cell.classList.contains('sel'), figure: id};
    })()"""),
]


def check_page(browser, url, directory, number):
    browser.problems()
    started = time.time()
    browser.send("Page.navigate", {"url": url})
    browser.wait_for("Page.loadEventFired")
    page = {"url": url, "load_ms": int((time.time() - started) * 1000), "steps": [], "screenshots": []}
    page["ready"] = browser.evaluate("document.documentElement.getAttribute('data-ready')") == "1"
    stem = "%02d-%s" % (number, os.path.basename(url.split("#")[0]).rsplit(".", 1)[0])
    page["screenshots"].append(browser.screenshot(os.path.join(directory, stem + ".png")))
    if browser.evaluate("!!document.getElementById('figure-data')"):
        for name, script in DOCUMENT_STEPS:
            result = browser.evaluate(script)
            page["steps"].append({"name": name, "result": result})
            if isinstance(result, dict) and not result.get("skipped"):
                page["screenshots"].append(browser.screenshot(os.path.join(directory, "%s-%s.png" % (stem, name))))
    page["errors"] = browser.problems()
    return page


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 64
    directory, urls = sys.argv[1], sys.argv[2:]
    os.makedirs(directory, exist_ok=True)
    try:
        browser = Browser()
    except Exception as error:
        print("review-browser-check: cannot start chromium: %s" % error, file=sys.stderr)
        return 2
    pages = []
    try:
        browser.open_page(1400, 1000)
        for number, url in enumerate(urls):
            pages.append(check_page(browser, url, directory, number))
    except Exception as error:
        print("review-browser-check: %s" % error, file=sys.stderr)
        return 2
    finally:
        browser.close()
    print(json.dumps({"pages": pages}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
