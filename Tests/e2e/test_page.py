#!/usr/bin/env python3
"""End-to-end test of the page `foedus serve` serves at `/`, in a real browser.

Debian's chromium and chromedriver (/usr/bin/chromium, /usr/bin/chromedriver) driven by Selenium 4,
against a running server: FOEDUS_URL (default http://127.0.0.1:8080), started with
FOEDUS_TODAY=2026-01-01 so "today" is fixed. Screenshots go to FOEDUS_SCREENSHOTS (default: a new
temporary folder). Run: python3 Tests/e2e/test_page.py  (exit code 0 when every check passes, 1 if not).
See Tests/e2e/README.md.
"""
import json, os, sys, tempfile, time, traceback

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

URL = os.environ.get("FOEDUS_URL", "http://127.0.0.1:8080").rstrip("/")
SHOTS = os.environ.get("FOEDUS_SCREENSHOTS") or tempfile.mkdtemp(prefix="foedus-e2e-")
TODAY = "2026-01-01"
# Russia–DPRK treaty (2024), Article 4, as quoted in the bundled data (RUS-PRK-2024).
ARTICLE_4 = "the other side shall provide military and other assistance with all means in its possession without delay"
FIRST_RENDER_MS = 1000
MAX_TRANSFER = 1.5 * 1024 * 1024

failures = []


def check(name, ok, detail=""):
    print(f"{'PASS' if ok else 'FAIL'}  {name}" + (f"  ({detail})" if detail else ""), flush=True)
    if not ok:
        failures.append(name)
    return ok


def browser(width, height, phone=False):
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--lang=en-GB"):
        opts.add_argument(arg)
    if os.geteuid() == 0:
        opts.add_argument("--no-sandbox")
    if phone:
        opts.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 2}})
    else:
        opts.add_argument(f"--window-size={width},{height}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    if not phone:
        driver.set_window_size(width, height)
    return driver


def shot(driver, name):
    path = os.path.join(SHOTS, name + ".png")
    driver.save_screenshot(path)
    print(f"      screenshot {path}")


def wait(driver, condition, timeout=20, what="condition"):
    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.1).until(lambda d: condition(d))
    except TimeoutException:
        return None


def js(driver, script, *args):
    return driver.execute_script(script, *args)


def classes(driver, element_id):
    return js(driver, "const e = document.getElementById(arguments[0]); return e ? e.getAttribute('class') : null;", element_id) or ""


def ready(driver):
    return js(driver, "return window.foedusReady || null;")


def panel_text(driver):
    return js(driver, "return document.getElementById('panel').innerText;") or ""


def console_errors(driver):
    try:
        return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    except Exception:
        return []


def desktop():
    d = browser(1280, 900)
    try:
        # 1. First render of today's map, and the page weight.
        d.get(URL + "/")
        t = wait(d, ready, 15)
        check("the page loads and colours the map", t is not None)
        n = js(d, "return document.querySelectorAll('#map path.state').length;")
        check("the map has the state shapes", n and n > 150, f"{n} paths")
        check(f"first render of today's map <= {FIRST_RENDER_MS} ms", t is not None and t <= FIRST_RENDER_MS, f"{t:.0f} ms" if t else "never")
        check("the day defaults to the server's today", d.find_element(By.ID, "on").get_attribute("value") == TODAY,
              d.find_element(By.ID, "on").get_attribute("value"))
        wait(d, lambda d: js(d, "return !!document.querySelector('#timeline-chart svg');"), 30)
        time.sleep(0.3)
        sizes = js(d, """
          const nav = performance.getEntriesByType('navigation')[0];
          const res = performance.getEntriesByType('resource');
          const size = (e) => e.transferSize || e.encodedBodySize || 0;
          return {total: size(nav) + res.reduce((a, e) => a + size(e), 0), count: res.length + 1,
                  items: res.map((e) => [e.name.replace(location.origin, ''), size(e)]),
                  external: res.filter((e) => !e.name.startsWith(location.origin)).map((e) => e.name)};""")
        print(f"      first render {t:.0f} ms; {sizes['count']} requests, {sizes['total']:,} bytes transferred")
        for name, size in sorted(sizes["items"], key=lambda x: -x[1])[:6]:
            print(f"        {size:>9,}  {name}")
        check(f"total transfer <= {MAX_TRANSFER / 1048576:.1f} MB", sizes["total"] <= MAX_TRANSFER, f"{sizes['total']:,} bytes")
        check("no request leaves the origin", not sizes["external"], ", ".join(sizes["external"]))
        shot(d, "01-today")

        # 2. The date: 1914-08-01 (quick button). India is not in the system then; Austria's shape is Austria-Hungary.
        before_ind = classes(d, "s750")
        d.find_element(By.CSS_SELECTOR, 'button[data-day="1914-08-01"]').click()
        ok = wait(d, lambda d: "out" in classes(d, "s750").split(), 15)
        check("1914-08-01: the map is re-coloured (India not in the system)", ok and "out" not in before_ind.split(),
              f"{before_ind!r} -> {classes(d, 's750')!r}")
        check("1914-08-01: the date control shows the day", d.find_element(By.ID, "on").get_attribute("value") == "1914-08-01")
        label = js(d, "return document.getElementById('s305').getAttribute('aria-label');") or ""
        check("1914-08-01: Austria's shape is drawn as Austria-Hungary", "Austria-Hungary" in label, label)
        check("1914-08-01: the URL carries the day", "on=1914-08-01" in d.current_url, d.current_url)
        shot(d, "02-1914")

        # 3. Back to today with the date input, focus Russia: North Korea is a defence tie.
        js(d, """const i = document.getElementById('on'); i.value = arguments[0];
                 i.dispatchEvent(new Event('change', {bubbles: true}));""", TODAY)
        wait(d, lambda d: "out" not in classes(d, "s750").split(), 15)
        d.find_element(By.ID, "tab-ties").click()
        focus = d.find_element(By.ID, "focus")
        focus.clear()
        focus.send_keys("RUS")
        focus.send_keys(Keys.ENTER)
        ok = wait(d, lambda d: "t-defense" in classes(d, "s731").split(), 15)
        check("focus RUS on 2026-01-01: North Korea is coloured as a defence tie", bool(ok), classes(d, "s731"))
        check("focus RUS: Russia is the selected state", "t-focus" in classes(d, "s365").split(), classes(d, "s365"))
        text = panel_text(d)
        check("focus RUS: the ties list names RUS-PRK-2024", "RUS-PRK-2024" in text)
        shot(d, "03-focus-russia")

        # 4. The attack USA:PRK under policy treaty, typed into the form.
        d.find_element(By.ID, "tab-attack").click()
        for field, value in (("aggressor", "USA"), ("victim", "PRK")):
            el = d.find_element(By.ID, field)
            el.clear()
            el.send_keys(value)
        Select(d.find_element(By.ID, "policy")).select_by_value("treaty")
        d.find_element(By.CSS_SELECTOR, "#attackform button[type=submit]").click()
        ok = wait(d, lambda d: js(d, "return document.querySelectorAll('#attack-out .step').length;"), 20)
        check("the attack USA:PRK runs and lists the cascade", bool(ok), f"{ok} steps")
        defenders = js(d, "return Array.from(document.querySelectorAll('.sides > div:nth-child(2) li')).map((e) => e.innerText.trim());") or []
        check("Russia is on North Korea's side (defenders)", "Russia" in defenders and "North Korea" in defenders, ", ".join(defenders))
        rus_step = js(d, """return Array.from(document.querySelectorAll('#attack-out .step'))
                              .map((e) => e.innerText).find((t) => t.includes('Russia → defenders')) || '';""")
        check("the cascade quotes Article 4 of the 2024 Russia–DPRK treaty",
              ARTICLE_4 in rus_step and "Art. 4" in rus_step and "RUS-PRK-2024" in rus_step, rus_step[:160].replace("\n", " "))
        check("the map shows the sides (USA aggressor, Russia defender)",
              "s-aggressor" in classes(d, "s2").split() and "s-defenders" in classes(d, "s365").split(),
              f"USA {classes(d, 's2')!r}, RUS {classes(d, 's365')!r}")
        check("the URL carries the attack", "attack=USA:PRK" in d.current_url, d.current_url)
        live = js(d, "return document.getElementById('live').textContent;")
        check("the result is announced in the live region", "defending side" in (live or ""), live)
        shot(d, "04-attack-usa-prk")

        # 5. "Why not": a mouse click on Germany, then Japan with the keyboard (focus, Enter).
        germany = d.find_element(By.ID, "s255")
        germany.click()
        ok = wait(d, lambda d: "Why Germany is not in" in panel_text(d), 15)
        reasons = js(d, "const w = document.getElementById('why'); return w ? w.querySelectorAll('li').length : 0;")
        check("clicking Germany shows why it is not in", bool(ok) and reasons > 0, f"{reasons} reasons")
        shot(d, "05-why-germany")
        js(d, "document.getElementById('s740').focus();")
        d.switch_to.active_element.send_keys(Keys.ENTER)
        ok = wait(d, lambda d: "Why Japan is not in" in panel_text(d), 15)
        check("keyboard: Enter on Japan's shape shows why it is not in", bool(ok))
        check("the URL carries the explained state", "explain=" in d.current_url, d.current_url)
        shot(d, "06-why-japan-keyboard")

        # 6. Permalink: reload the URL; the attack, the day, the view and the "why" come back.
        link = d.current_url
        d.get("about:blank")
        d.get(link)
        ok = wait(d, lambda d: js(d, "return document.querySelectorAll('#attack-out .step').length;"), 20)
        check("permalink: the cascade is restored", bool(ok))
        check("permalink: the attack form is restored",
              "United States" in d.find_element(By.ID, "aggressor").get_attribute("value")
              and "North Korea" in d.find_element(By.ID, "victim").get_attribute("value"))
        check("permalink: the Attack view is selected", d.find_element(By.ID, "tab-attack").get_attribute("aria-selected") == "true")
        check("permalink: the 'why' is restored", "Why Japan is not in" in panel_text(d))
        d.get(URL + "/?on=1939-09-01&view=attack&attack=GMY:POL&policy=treaty")
        ok = wait(d, lambda d: js(d, "return document.querySelectorAll('#attack-out .step').length;"), 20)
        defenders = js(d, "return Array.from(document.querySelectorAll('.sides > div:nth-child(2) li')).map((e) => e.innerText.trim());") or []
        check("permalink 1939-09-01 GMY:POL: the day and the defenders (United Kingdom, France)",
              d.find_element(By.ID, "on").get_attribute("value") == "1939-09-01" and "United Kingdom" in defenders and "France" in defenders,
              ", ".join(defenders))
        shot(d, "07-permalink-1939")

        # 7. The timeline: clicking 1989 sets the day.
        js(d, "document.querySelector('#timeline-chart .tl-hit[data-year=\"1989\"]').dispatchEvent(new MouseEvent('click', {bubbles: true}));")
        ok = wait(d, lambda d: d.find_element(By.ID, "on").get_attribute("value") == "1989-07-01", 15)
        check("timeline: clicking 1989 sets the day to 1989-07-01", bool(ok), d.find_element(By.ID, "on").get_attribute("value"))
        shot(d, "08-timeline-1989")

        # 8. Audit and architecture views.
        d.get(URL + f"/?on={TODAY}&view=audit&audit=remove:RUS-PRK-2024")
        ok = wait(d, lambda d: js(d, "return document.querySelectorAll('#audit-out .chart svg').length;"), 60)
        text = panel_text(d)
        check("audit: remove RUS-PRK-2024 charts four readings and three entrapment panels",
              bool(ok) and ok >= 4 and "North Korea" in text and "dyadic" in text, f"{ok} charts")
        shot(d, "09-audit")
        d.get(URL + f"/?on={TODAY}&view=architecture&arch=eurasia-2024")
        ok = wait(d, lambda d: "Extra-regional forces" in panel_text(d), 60)
        check("architecture eurasia-2024: in/out and extra-regional forces",
              bool(ok) and "Inside (" in panel_text(d) and "a-in" in classes(d, "s365").split(), classes(d, "s365"))
        check("architecture: forces drawn on the map", js(d, "return document.querySelectorAll('#overlay .host').length;") > 0)
        shot(d, "10-architecture")

        errors = console_errors(d)
        check("no errors in the browser console", not errors, "; ".join(errors)[:300])
    finally:
        d.quit()


def phone():
    d = browser(390, 844, phone=True)
    try:
        d.get(URL + f"/?on={TODAY}&view=attack&attack=USA:PRK")
        ok = wait(d, lambda d: js(d, "return document.querySelectorAll('#attack-out .step').length;"), 20)
        check("phone 390x844: the attack permalink renders", bool(ok))
        geo = js(d, """const m = document.getElementById('map').getBoundingClientRect();
                      const p = document.getElementById('panel').getBoundingClientRect();
                      return {mapBottom: m.bottom, mapWidth: m.width, panelTop: p.top,
                              scroll: document.documentElement.scrollWidth, width: window.innerWidth};""")
        check("phone: the map is above the panel", geo["panelTop"] >= geo["mapBottom"] - 1, json.dumps(geo))
        check("phone: no horizontal scrolling", geo["scroll"] <= geo["width"] + 1, json.dumps(geo))
        shot(d, "11-phone-attack")
        d.execute_script("document.getElementById('panel').scrollIntoView();")
        shot(d, "12-phone-panel")
    finally:
        d.quit()


def main():
    print(f"Foedus page at {URL}; screenshots in {SHOTS}")
    os.makedirs(SHOTS, exist_ok=True)
    for part in (desktop, phone):
        try:
            part()
        except Exception as e:  # a crash is a failure, with its trace
            traceback.print_exc()
            check(f"{part.__name__} ran to the end", False, repr(e))
    print(f"\n{len(failures)} check(s) failed" if failures else "\nall checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
