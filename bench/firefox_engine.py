"""Firefox figures for the engine: `.venv/bin/python -m bench.firefox_engine` (after a build).

Installs dist/think-before-you-post-firefox.zip in Firefox ESR (Selenium), then from the
extension's own page measures: the first start (plain boot; the snapshot is stored after it), the
round trip of a 1,000-character check (extension page -> background event page -> engine Worker ->
back; the same path a content script's message takes), and a restart of the engine, which boots
from the stored snapshot. Prints one JSON object. `python build.py bench` measures Chromium.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.run import SNAPSHOT_PENDING  # noqa: E402
from e2e.browsers import launch_firefox  # noqa: E402
from e2e.conftest import FIREFOX_UUID, GECKO_ID  # noqa: E402
from e2e.https_sites import firefox_options  # noqa: E402

ROUND_TRIPS = 40

FIRST_START = """const done = arguments[arguments.length - 1];
(async () => {
  const t = performance.now();
  await browser.runtime.sendMessage({ target: "tbyp-background", type: "check",
    request: { type: "check", text: "NHS 943 476 5919" }, waitMs: 60000 });
  const wall = performance.now() - t;
  const s = await browser.runtime.sendMessage({ target: "tbyp-background", type: "status" });
  return { wall_ms: wall, ready_ms: s.readyMs, from: s.from };
})().then(done);"""

ROUND_TRIP = """const done = arguments[arguments.length - 1];
(async () => {
  const text = "Morning all, can anyone help? Her NHS number is 943 476 5919. ".repeat(16)
    .slice(0, 1000);
  const out = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    await browser.runtime.sendMessage({ target: "tbyp-background", type: "check",
      request: { type: "check", text }, waitMs: 5000 });
    out.push(performance.now() - t);
  }
  return out;
})().then(done);""".replace("ROUNDS", str(ROUND_TRIPS))

# The snapshot is made by a second worker a little after the first start: wait for its report.
SNAPSHOT_SETTLED = """const done = arguments[arguments.length - 1];
(async () => {
  const until = Date.now() + 60000;
  for (;;) {
    const s = await browser.runtime.sendMessage({ target: "tbyp-background", type: "status" });
    const pending = PENDING.includes(s.snapshot);
    if (!pending || Date.now() > until) return s.snapshot;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
})().then(done);""".replace("PENDING", json.dumps(SNAPSHOT_PENDING))

RESTART = """const done = arguments[arguments.length - 1];
browser.runtime.getBackgroundPage().then(async (bg) => {
  const host = bg.TBYP.engineHost;
  host.fail(host.worker, "restarted by the benchmark");
  const t = performance.now();
  await browser.runtime.sendMessage({ target: "tbyp-background", type: "check",
    request: { type: "check", text: "x" }, waitMs: 60000 });
  const s = host.describe();
  done({ wall_ms: performance.now() - t, ready_ms: s.readyMs, from: s.from });
});"""


def main() -> None:
    driver = launch_firefox(
        firefox_options(),
        addon_path=ROOT / "dist" / "think-before-you-post-firefox.zip",
        addon_id=GECKO_ID,
        addon_uuid=FIREFOX_UUID,
    )
    try:
        driver.get(f"moz-extension://{FIREFOX_UUID}/options/options.html")
        first = driver.execute_async_script(FIRST_START)
        trips = sorted(driver.execute_async_script(ROUND_TRIP))
        snapshot = driver.execute_async_script(SNAPSHOT_SETTLED)
        if snapshot != "stored":
            raise SystemExit(f"the snapshot was not stored: {snapshot}")
        restart = driver.execute_async_script(RESTART)
    finally:
        driver.quit()
    print(
        json.dumps(
            {
                "first_start": first,
                "round_trip_1000_chars_ms": {
                    "median": statistics.median(trips),
                    "p95": trips[int(len(trips) * 0.95) - 1],
                    "runs": len(trips),
                },
                "restart": restart,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
