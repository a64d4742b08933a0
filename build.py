#!/usr/bin/env python3
"""Build, test and demonstrate Think Before You Post.

    python build.py          build dist/chrome, dist/firefox and a zip of each
    python build.py --testing  the same, as the testing build the browser tests read
    python build.py release [--crx-key PATH] [--host-url URL]
                             the plain build, then dist/release/: the store zips and listings,
                             AMO's source archive, and the files organisations install from
                             (a CRX signed with the key at PATH, kept outside the repository)
    python build.py demo     set everything up, build, and try the extension in Chromium
    python build.py test     everything CI runs
    python build.py bench    the speed and size benchmark
    python build.py accuracy the accuracy benchmarks of the rule packs
    python build.py readme   rewrite the README's rules section from the registry

Set-up is part of every command: pinned npm packages into node_modules/, pinned Python packages
into .venv/, and Debian's chromium and firefox-esr when they are missing (as root; otherwise the
command to run is printed). The jobs live in builder/, one module each; only the standard library
is used, so any Python 3.11+ runs this.
"""

import sys

from builder.commands import main

if __name__ == "__main__":
    main(sys.argv)
