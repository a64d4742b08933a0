"""The build of Think Before You Post, one job a module; build.py is its command line.

    paths.py        where things are
    shell.py        running commands, logging, hashing inputs
    machine.py      set-up: Debian's browsers, the pinned npm and Python packages
    flavours.py     the kinds of build (today only the release users install)
    manifests.py    each browser's manifest.json and the content scripts' load order
    generated.py    files generated from the core: registry.js, sites.js, build_info.mjs, the
                    README's rules section
    pyodide_trim.py the Pyodide files shipped, its standard library trimmed to what the engine
                    imports (stdlib_trace.mjs finds it)
    bytecode.py     Python compiled at build time (compile_python.mjs): the standard library, the
                    core and the engine's boot cache
    assemble.py     dist/<browser>/ and its zip
    commands.py     build, test, demo, bench, accuracy, readme

Only the standard library is used, so any Python 3.11+ runs it.
"""
