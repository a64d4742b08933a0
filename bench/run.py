"""The speed and size benchmark: `python build.py bench` (builds first), or on a build made already

    .venv/bin/python -m bench.run [--dist DIR] [--quick] [--out FILE]

Measures, with the real dist/chrome build in headless Chromium (Debian's, through Playwright):
- engine start: the first start in a new profile (plain boot, then the memory snapshot is made and
  stored) and later browser starts (Chromium relaunched with the same profile). Timed in the
  extension's service worker from WARM_UP to the answer of a first check (offscreen document,
  Worker, Pyodide, core, one check: what a content script waits for); the engine host's own
  start-to-ready time is reported beside it. Both kinds of start are timed twice: with WARM_UP sent
  as soon as the browser's extension is up (the engine then competes with Chromium's own start-up
  for the CPUs), and once Chromium has gone idle, by its processes' CPU time. Both are budgeted on
  the latter, the engine's own start (issue 17: a later start within 0.5 s on an idle browser, close
  to Pyodide's loader's floor); the at-launch figures are reported beside them (see
  engine_start_figures).
- keystroke to underline, for drafts of 200, 1,000 and 5,000 characters on the WhatsApp replica:
  the draft ends "NHS number is 943 476 591"; typing the last "9" makes it a valid NHS number. Time
  from the keydown event's timeStamp to the frame in which the mark for it is drawn (a
  MutationObserver on the extension's shadow root, then requestAnimationFrame), minus the typing
  debounce (TBYP.TIMING.TYPING_DEBOUNCE), reported separately. A fresh page for every trial.
- the content script's main-thread work per keystroke: V8's sampling CPU profiler (CDP Profiler,
  100 us interval) on the page while keys are typed at 2.5 a second, each then checked; every
  sample whose stack holds a frame from a chrome-extension:// script counts (the extension's own
  code and whatever it calls: layout it forces, DOM work, GC in its allocations); the site's
  editor does not. Divided by the keystrokes typed. A sampling estimate: +/- one interval a sample.
- the engine's memory once warm: proportional set size (PSS, from /proc) of Chromium's extension
  process, which holds the service worker, the offscreen document and the engine Worker, and the
  size of Pyodide's Wasm memory as the worker reports it.
- the core's check time per draft, all packs on, on CPython and in Pyodide under Node (with the
  build's Pyodide files and core.zip): corpus drafts (tests/corpus/*.jsonl), drafts of 1,000 and
  5,000 characters made of corpus drafts, and one of 100,000 characters.
- the size of each zipped extension.

Writes bench/results.json, a list of {name, value, unit, budget, within_budget, repetitions}, and
prints a table. The machine this runs on may be busy: every figure is a median (or percentile) of
repeated runs, and the load average is printed with it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WHATSAPP = "https://web.whatsapp.com/"
COMPOSER = '#main footer [contenteditable="true"][data-lexical-editor="true"]'
SHADOW = "document.querySelector('tbyp-root')?.shadowRoot"
NHS_MARKS = (
    f"({SHADOW}?.querySelectorAll('.mark[data-rule=\"identifiers.nhs_number\"]').length ?? 0)"
)
BADGE_STATE = f"{SHADOW}?.querySelector('.badge:not([hidden])')?.dataset.state"
FILLER = (
    "Thanks to everyone who sent kind words last week, it really helped more than you know. "
    "Had a long shift today and honestly I am exhausted, but I wanted to post an update. "
)
ENDING = "Her NHS number is 943 476 5919"  # valid only once its last digit is typed
WAIT_MS = 90_000
# The longest wait for a relaunched Chromium to go idle before its engine start is timed.
IDLE_TIMEOUT_S = 20.0


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    budget: float | None
    repetitions: int
    note: str = ""

    @property
    def within_budget(self) -> bool | None:
        return None if self.budget is None else self.value <= self.budget

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["value"] = round(self.value, 3)
        data["within_budget"] = self.within_budget
        return data


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[round(q) - 1]


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def typing_debounce_ms() -> float:
    constants = (ROOT / "extension" / "shared" / "constants.js").read_text(encoding="utf-8")
    found = re.search(r"TYPING_DEBOUNCE:\s*(\d+)", constants)
    if not found:
        raise RuntimeError("TBYP.TIMING.TYPING_DEBOUNCE not found in constants.js")
    return float(found.group(1))


# ------------------------------------------------------------------------------------ the core


def corpus_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") if line.strip() else None
            if isinstance(text, str) and text.strip():
                texts.append(text)
    return texts


def drafts_of(length: int, count: int, texts: list[str]) -> list[str]:
    """`count` drafts of `length` characters, each corpus drafts joined from a different start."""
    drafts = []
    for k in range(count):
        parts, size, i = [], 0, (k * 37) % len(texts)
        while size < length:
            parts.append(texts[i % len(texts)])
            size += len(parts[-1]) + 1
            i += 1
        drafts.append(" ".join(parts)[:length])
    return drafts


def core_groups(quick: bool) -> tuple[dict[str, list[str]], int]:
    texts = corpus_texts()
    step = 4 if quick else 1
    groups = {
        "corpus": texts[::step],
        "1000": drafts_of(1_000, 10 if quick else 30, texts),
        "5000": drafts_of(5_000, 3 if quick else 10, texts),
        "100000": drafts_of(100_000, 1, texts),
    }
    return groups, 3 if quick else 5


def core_figures(dist: Path, quick: bool) -> list[Figure]:
    from bench.core_timing import time_checks

    groups, reps = core_groups(quick)
    figures = []
    log(f"core on CPython: {sum(len(d) for d in groups.values())} drafts x {reps}")
    cpython = time_checks(groups, reps)
    with tempfile.TemporaryDirectory() as tmp:
        request = Path(tmp) / "checks.json"
        request.write_text(json.dumps({"groups": groups, "repetitions": reps}), encoding="utf-8")
        log("core in Pyodide under Node")
        out = subprocess.run(
            [
                "node",
                str(ROOT / "bench" / "pyodide_node.mjs"),
                "--checks",
                str(request),
                "--index",
                str(dist / "chrome" / "pyodide"),
                "--core-zip",
                str(dist / "chrome" / "core.zip"),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        pyodide = json.loads(out.strip().splitlines()[-1])
    budgets = {
        ("CPython", "1000"): 1.0,
        ("Pyodide", "1000"): 5.0,
        ("Pyodide", "100000"): 250.0,
    }
    labels = {
        "corpus": f"corpus drafts ({len(groups['corpus'])}, "
        f"median {statistics.median(len(t) for t in groups['corpus']):.0f} chars)",
        "1000": "1,000 chars",
        "5000": "5,000 chars",
        "100000": "100,000 chars",
    }
    for runtime, times in (("CPython", cpython), ("Pyodide", pyodide)):
        for group, label in labels.items():
            values = times[group]
            figures.append(
                Figure(
                    f"core check, all packs, {label}, {runtime}: median",
                    statistics.median(values),
                    "ms",
                    budgets.get((runtime, group)),
                    len(values),
                )
            )
    figures.append(worst_case_figure())
    return figures


def worst_case_figure() -> Figure:
    """The slowest 65,536-character draft of one long run (bench.drafts.WORST_CASE_UNITS), all
    packs, on CPython: the time one paste can hold the engine for."""
    import core
    from bench.core_timing import all_packs
    from bench.drafts import WORST_CASE_UNITS, worst_case_draft

    packs = all_packs()
    times = []
    for unit in WORST_CASE_UNITS:
        text = worst_case_draft(unit, 65_536)
        started = time.perf_counter()
        core.check(text, packs=packs, site="facebook")
        times.append(((time.perf_counter() - started) * 1000, unit))
    slowest, unit = max(times)
    log(f"worst case: {slowest:.0f} ms on {unit!a} * n")
    return Figure(
        f"core check, all packs, 65,536 chars of one run, slowest of {len(times)}, CPython",
        slowest,
        "ms",
        1000.0,
        1,
    )


# ----------------------------------------------------------------------------------- Chromium


@contextmanager
def chromium(profile: Path, dist: Path, replicas: Path | None = None) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    from e2e import sites
    from e2e.browsers import launch_chromium

    with sync_playwright() as playwright:
        context = launch_chromium(playwright, profile, extension_dir=dist / "chrome")
        if replicas is not None:
            sites.route_sites(context, replicas)
        try:
            workers = context.service_workers
            context.worker = (
                workers[0] if workers else context.wait_for_event("serviceworker", timeout=30_000)
            )
            context.profile = profile
            yield context
        finally:
            context.close()


# In the service worker: WARM_UP, then one check (it waits for the engine), then the status.
FIRST_CHECK = """async (waitMs) => {
  const started = performance.now();
  await TBYP.engine.warmUp();
  const request = { type: "check", text: "Hello all", packs: null };
  const reply = await TBYP.engine.request(request, waitMs);
  const firstCheckMs = performance.now() - started;
  return { firstCheckMs, ok: reply.ok, status: await TBYP.engine.status() };
}"""
# What the engine's status says of the snapshot until the worker making it has reported.
SNAPSHOT_PENDING = ["none", "to make", "making"]
SNAPSHOT_SETTLED = """async (waitMs) => {
  const until = Date.now() + waitMs;
  for (;;) {
    const status = await TBYP.engine.status();
    const pending = PENDING.includes(status.snapshot);
    if (!status.snapshot || !pending || Date.now() > until) return status;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}""".replace("PENDING", json.dumps(SNAPSHOT_PENDING))


FIRST, LATER = "first after install", "later browser start"
FIRST_AT_LAUNCH = "first after install, at the browser's launch"
LATER_IDLE = "later browser start, browser idle"
TO_CHECK, TO_READY = "WARM_UP to first check", "host start to ready"


def start_engine(context: Any) -> dict[str, Any]:
    result = context.worker.evaluate(FIRST_CHECK, WAIT_MS)
    if not result["ok"]:
        raise RuntimeError(f"the engine did not answer: {result}")
    return result


def engine_start_figures(dist: Path, work: Path, quick: bool) -> list[Figure]:
    """Engine starts, each with a browser launched for it. Each kind is budgeted on the runs that
    wait until the profile's Chromium is idle, so that the figure is the engine's own start and not
    Chromium's: a first start after install happens in a browser already running (a person installs
    the extension, then opens a site), and a later start's budget is set on an idle browser (issue
    17: 0.5 s, close to the floor of Pyodide's loader). A later browser start usually happens while
    the browser itself starts, so that is timed too, with WARM_UP sent as soon as the extension is
    up, and reported without a budget; the two kinds of run alternate, so the machine's load falls
    on both."""
    first_runs, later_runs = (2, 3) if quick else (3, 7)

    def timed(profile: Path, idle: bool, settle: bool = False) -> tuple[dict[str, Any], float]:
        with chromium(profile, dist) as context:
            waited = wait_until_idle(profile) if idle else 0.0
            result = start_engine(context)
            if settle:  # the profile's later starts load the snapshot made now
                context.worker.evaluate(SNAPSHOT_SETTLED, WAIT_MS)
        return result, waited

    first, first_launch, later, later_idle = [], [], [], []
    for run in range(first_runs):
        first.append(timed(work / f"profile-{run}", idle=True, settle=True))
        first_launch.append(timed(work / f"profile-launch-{run}", idle=False))
        log(
            f"first start {run + 1}/{first_runs}: {first[-1][0]['firstCheckMs']:.0f} ms once the"
            f" browser was idle ({first[-1][1]:.1f} s after launch), "
            f"{first_launch[-1][0]['firstCheckMs']:.0f} ms at launch"
        )
    profile = work / f"profile-{first_runs - 1}"
    for run in range(later_runs):
        later.append(timed(profile, idle=False))
        later_idle.append(timed(profile, idle=True))
        log(
            f"later start {run + 1}/{later_runs}: {later[-1][0]['firstCheckMs']:.0f} ms at launch,"
            f" {later_idle[-1][0]['firstCheckMs']:.0f} ms once the browser was idle "
            f"({later_idle[-1][1]:.1f} s after launch)"
        )

    def to_check(runs: list[tuple[dict[str, Any], float]]) -> float:
        return statistics.median(result["firstCheckMs"] for result, _ in runs) / 1000

    def to_ready(runs: list[tuple[dict[str, Any], float]]) -> float:
        status = [result["status"] for result, _ in runs]
        return statistics.median(s.get("readyMs") or s.get("bootMs") or 0 for s in status) / 1000

    def idle_note(runs: list[tuple[dict[str, Any], float]]) -> str:
        waited = [waited for _, waited in runs]
        return f"WARM_UP once Chromium was idle, {min(waited):.1f}-{max(waited):.1f} s after launch"

    froms = sorted({result["status"].get("from") or "plain" for result, _ in later + later_idle})
    note = "later starts from: " + ", ".join(froms)
    launch_note = "WARM_UP as soon as the extension was up"
    name = "engine start, {}: {}"
    return [
        Figure(
            name.format(FIRST, TO_CHECK), to_check(first), "s", 2.0, first_runs, idle_note(first)
        ),
        Figure(name.format(FIRST, TO_READY), to_ready(first), "s", None, first_runs),
        Figure(
            name.format(FIRST_AT_LAUNCH, TO_CHECK),
            to_check(first_launch),
            "s",
            None,
            first_runs,
            launch_note,
        ),
        Figure(name.format(LATER, TO_CHECK), to_check(later), "s", None, later_runs, note),
        Figure(name.format(LATER, TO_READY), to_ready(later), "s", None, later_runs, note),
        Figure(
            name.format(LATER_IDLE, TO_CHECK),
            to_check(later_idle),
            "s",
            0.5,
            later_runs,
            f"{idle_note(later_idle)}; {note}",
        ),
    ]


# In the page (main world): time from the keydown to the frame that draws a new NHS-number mark
# (want > 0) or removes it (want == 0).
ARM = """(want) => {
  window.__tbypBench = new Promise((resolve) => {
    const root = document.querySelector("tbyp-root").shadowRoot;
    let keyAt = null;
    const count = () => root.querySelectorAll('.mark[data-rule="identifiers.nhs_number"]').length;
    const onKey = (event) => { keyAt = event.timeStamp; };
    window.addEventListener("keydown", onKey, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (keyAt === null || (want ? count() === 0 : count() > 0)) return;
      const drawnAt = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => resolve({ keyAt, drawnAt, frameAt: performance.now() }));
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true });
  });
}"""


def open_draft(context: Any, length: int) -> Any:
    """A fresh WhatsApp replica page with a checked draft of `length` characters ending one
    digit short of a valid NHS number."""
    from e2e.tabs import ChromiumTab

    tab = ChromiumTab(context.new_page())
    tab.open(WHATSAPP)
    tab.click(COMPOSER)
    body = (FILLER * (length // len(FILLER) + 1))[: max(0, length - len(ENDING) - 1)]
    tab.page.keyboard.insert_text(body + " " + ENDING[:-2])
    tab.page.keyboard.type(ENDING[-2])
    tab.wait_until(f"{BADGE_STATE} === 'clean' || {BADGE_STATE} === 'findings'", WAIT_MS)
    tab.wait_until(f"{NHS_MARKS} === 0", WAIT_MS)
    return tab


def keystroke_to_underline(tab: Any) -> dict[str, float]:
    """Type the digit that completes the NHS number; the page's timestamps of key and frame.
    (A fresh page for every trial: Lexical handles Backspace and typing over a selection itself,
    with no input event, so the draft cannot be put back by keystrokes the extension sees.)"""
    tab.page.evaluate(ARM, True)
    tab.page.keyboard.type(ENDING[-1])
    shown = tab.page.evaluate(
        "(ms) => Promise.race([window.__tbypBench, new Promise((r) => setTimeout(r, ms, null))])",
        WAIT_MS,
    )
    if shown is None:
        raise RuntimeError("no underline after the keystroke")
    return shown


def extension_cpu_ms(profile: dict[str, Any]) -> float:
    nodes = {node["id"]: node for node in profile["nodes"]}
    parent = {child: node["id"] for node in profile["nodes"] for child in node.get("children", ())}
    ours: dict[int, bool] = {}

    def is_ours(node_id: int) -> bool:
        if node_id not in ours:
            url = nodes[node_id]["callFrame"].get("url", "")
            ours[node_id] = url.startswith("chrome-extension://") or (
                node_id in parent and is_ours(parent[node_id])
            )
        return ours[node_id]

    total_us = sum(
        delta
        for sample, delta in zip(profile["samples"], profile["timeDeltas"], strict=False)
        if is_ours(sample)
    )
    return total_us / 1000


def main_thread_work(context: Any, tab: Any, length: int, keys: int) -> Figure:
    """The content script's CPU time on the page's main thread per keystroke, typing at a steady
    2.5 keys a second (each keystroke is then checked and its underlines redrawn)."""
    cdp = context.new_cdp_session(tab.page)
    cdp.send("Profiler.enable")
    cdp.send("Profiler.setSamplingInterval", {"interval": 100})
    cdp.send("Profiler.start")
    for key in ("x " * keys)[:keys]:
        tab.page.keyboard.type(key)
        tab.page.wait_for_timeout(400)  # typing cadence, not a wait for a condition
    profile = cdp.send("Profiler.stop")["profile"]
    cdp.detach()
    return Figure(
        f"content script main-thread work per keystroke, {length:,} chars",
        extension_cpu_ms(profile) / keys,
        "ms",
        2.0,
        keys,
        "V8 sampling profiler, 100 us",
    )


def typing_figures(dist: Path, work: Path, replicas: Path, quick: bool) -> list[Figure]:
    debounce = typing_debounce_ms()
    trials = 8 if quick else 20
    figures = [Figure("typing debounce (TBYP.TIMING.TYPING_DEBOUNCE)", debounce, "ms", None, 1)]
    budgets = {200: None, 1_000: 50.0, 5_000: 150.0}
    with chromium(work / "profile-typing", dist, replicas) as context:
        start_engine(context)
        for length, budget in budgets.items():
            log(f"typing in a draft of {length:,} characters")
            latencies = []
            for _ in range(trials):
                tab = open_draft(context, length)
                shown = keystroke_to_underline(tab)
                latencies.append(shown["frameAt"] - shown["keyAt"] - debounce)
                if len(latencies) < trials or length not in (1_000, 5_000):
                    tab.page.close()
            for q in (50, 95):
                figures.append(
                    Figure(
                        f"keystroke to underline, {length:,} chars, excl. debounce: p{q}",
                        percentile(latencies, q),
                        "ms",
                        budget if q == 95 else None,
                        len(latencies),
                    )
                )
            if length in (1_000, 5_000):
                figures.append(main_thread_work(context, tab, length, trials))
                tab.page.close()
        figures += memory_figures(context)
    return figures


def chromium_processes(profile: Path) -> dict[int, str]:
    """{pid: command line} of every process of the Chromium running with this profile, from
    /proc: the browser and everything it started."""
    procs: dict[int, tuple[int, str]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        procs[int(entry.name)] = (ppid, cmdline)
    browsers = {pid for pid, (_, cmd) in procs.items() if f"--user-data-dir={profile}" in cmd}

    def descends(pid: int) -> bool:
        while pid in procs and pid not in browsers:
            pid = procs[pid][0]
        return pid in browsers

    return {pid: cmd for pid, (_, cmd) in procs.items() if descends(pid)}


def cpu_seconds(pids: Iterable[int]) -> float:
    """User and system CPU time the processes have used so far (those gone since count 0)."""
    total = 0
    for pid in pids:
        try:
            fields = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def wait_until_idle(profile: Path, share: float = 0.1, window_s: float = 0.25) -> float:
    """Waits until Chromium (every process of this profile) has used less than `share` of one
    CPU over a sampling window of `window_s`, for at most IDLE_TIMEOUT_S; returns the seconds
    waited."""
    started = time.monotonic()
    while time.monotonic() - started < IDLE_TIMEOUT_S:
        pids = list(chromium_processes(profile))
        before, sampled = cpu_seconds(pids), time.monotonic()
        time.sleep(window_s)  # the sampling window, not a wait for a result
        if cpu_seconds(pids) - before < share * (time.monotonic() - sampled):
            break
    return time.monotonic() - started


def extension_process_memory(profile: Path) -> tuple[float, float] | None:
    """(PSS, RSS) in MiB of Chromium's extension process for this profile, from /proc."""
    for pid, cmd in chromium_processes(profile).items():
        if "--extension-process" in cmd and "--type=renderer" in cmd:
            fields = {}
            for line in (Path("/proc") / str(pid) / "smaps_rollup").read_text().splitlines():
                parts = line.split()
                if len(parts) >= 2 and parts[1].isdigit():
                    fields[parts[0].rstrip(":")] = int(parts[1])
            return fields["Pss"] / 1024, fields["Rss"] / 1024
    return None


def memory_figures(context: Any) -> list[Figure]:
    status = context.worker.evaluate("TBYP.engine.status()")
    figures = []
    memory = extension_process_memory(context.profile)
    name = "engine memory once warm: {}"
    if memory is not None:
        note = "service worker + offscreen document + engine Worker"
        figures.append(
            Figure(name.format("extension process PSS"), memory[0], "MiB", None, 1, note)
        )
        figures.append(
            Figure(name.format("extension process RSS"), memory[1], "MiB", None, 1, note)
        )
    if status.get("wasmBytes"):
        wasm = status["wasmBytes"] / 2**20
        figures.append(Figure(name.format("Pyodide Wasm memory"), wasm, "MiB", None, 1))
    return figures


def size_figures(dist: Path) -> list[Figure]:
    figures = []
    for browser in ("chrome", "firefox"):
        archive = dist / f"think-before-you-post-{browser}.zip"
        size = archive.stat().st_size / 1e6
        figures.append(Figure(f"zipped extension, {browser}", size, "MB", 8.0, 1))
    stdlib = (dist / "chrome" / "pyodide" / "python_stdlib.zip").stat().st_size / 1e6
    figures.append(Figure("of which python_stdlib.zip (its own size)", stdlib, "MB", None, 1))
    return figures


# ----------------------------------------------------------------------------------- reporting


def table(figures: list[Figure]) -> str:
    rows = [("figure", "value", "budget", "ok", "reps")]
    for f in figures:
        value = f"{f.value:,.3f}" if f.value < 10 else f"{f.value:,.1f}"
        budget = "" if f.budget is None else f"<= {f.budget:g} {f.unit}"
        ok = {True: "yes", False: "NO", None: ""}[f.within_budget]
        name = f.name + (f" [{f.note}]" if f.note else "")
        rows.append((name, f"{value} {f.unit}", budget, ok, str(f.repetitions)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument(
        "--skip", action="append", default=[], choices=["core", "start", "typing", "cost"]
    )
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    load_before = os.getloadavg()[0]
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="tbyp-bench-") as tmp:
        work = Path(tmp)
        if "start" not in args.skip:
            figures += engine_start_figures(dist, work, args.quick)
        if "typing" not in args.skip:
            from e2e import sites

            replicas = sites.build_replicas(work / "replicas")
            figures += typing_figures(dist, work, replicas, args.quick)
        if "cost" not in args.skip:
            from bench.engine_cost import engine_cost_figures
            from e2e import sites

            replicas = sites.build_replicas(work / "replicas-cost")
            figures += engine_cost_figures(dist, work, replicas, args.quick)
    if "core" not in args.skip:
        figures += core_figures(dist, args.quick)
    figures += size_figures(dist)
    args.out.write_text(json.dumps([f.as_json() for f in figures], indent=1) + "\n")
    load = f"load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
    print(table(figures))
    print(f"\n{os.cpu_count()} CPUs, {load}; {time.strftime('%Y-%m-%d %H:%M')}.")
    print(f"Written to {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
