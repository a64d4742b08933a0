"""The build of Think Before You Post, one job a module; build.py is its command line.

    paths.py                where things are
    shell.py                running commands and Node scripts, logging, hashing inputs
    machine.py              set-up: Debian's browsers, the pinned npm and Python packages
    flavours.py             the kinds of build (today only the release users install)
    manifests.py            each browser's manifest.json, the content scripts' load order
    generated.py            files generated from the core into the build: registry.js, sites.js,
                            build_info.mjs, the practice page's scripts; the README's rules section
    pyodide_trim.py         the Pyodide files shipped, the standard library trimmed to what the
                            engine imports (stdlib_trace.mjs finds it)
    bytecode.py             Python compiled at build time by Pyodide's own Python
                            (compile_python.mjs runs in_pyodide.py): the standard library, the core,
                            and the engine's boot cache (recorded by boot_cache_recorder.py)
    zips.py                 zips whose bytes depend only on what they hold
    assemble.py             dist/<browser>/ and its zip
    commands.py             build, demo, test, bench, accuracy, readme

Only the standard library is used, so any Python 3.11+ runs it (in_pyodide.py and
boot_cache_recorder.py run in Pyodide).
"""
