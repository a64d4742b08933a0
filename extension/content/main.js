/* Content script entry: find this site's adapter, then watch its composers and guard sends. */
(() => {
  const TBYP = globalThis.TBYP;
  const adapter = TBYP.sites.forHost(location.hostname);
  if (!adapter || TBYP.started) return;
  TBYP.started = true;

  const sessions = new TBYP.ComposerSessions(adapter);
  const guard = new TBYP.SendGuard(adapter, sessions);
  guard.install();
  TBYP.contentState = { adapter, sessions, guard };

  const ready = sessions.loadSettings();

  document.addEventListener(
    "focusin",
    (event) => {
      const composer = adapter.composerFrom(event.target);
      if (!composer) return;
      ready.then(() => {
        sessions.warmUp();
        const session = sessions.get(composer);
        if (session.checkedText === null && session.readText().trim()) session.schedule();
      });
    },
    true,
  );

  document.addEventListener(
    "input",
    (event) => {
      const composer = adapter.composerFrom(event.target);
      if (composer) ready.then(() => sessions.get(composer).schedule());
    },
    true,
  );

  const follow = () => {
    for (const session of sessions.live()) session.overlay.schedule();
  };
  window.addEventListener("scroll", follow, { capture: true, passive: true });
  window.addEventListener("resize", follow, { passive: true });

  TBYP.settings.watch(async () => {
    await sessions.loadSettings();
    for (const session of sessions.live()) {
      if (sessions.enabledHere()) session.checkNow(TBYP.TIMING.ENGINE_BOOT_TIMEOUT);
      else session.reset();
    }
  });
})();
