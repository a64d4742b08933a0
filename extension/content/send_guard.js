/* The send guard: sees every way a draft can be sent (Enter, a send button, a form submit) in the
 * capture phase on window, before the site's own handlers, and decides whether to let it go.
 * It fails open: whenever the engine cannot answer in time, the draft is sent as the user asked. */
(() => {
  const TBYP = globalThis.TBYP;
  const { TIMING, BLOCKING } = TBYP;
  const { t } = TBYP.ui;

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  function blockingFindings(findings) {
    return findings.filter((f) => BLOCKING.includes(f.severity));
  }

  class SendGuard {
    /**
     * @param adapter the site adapter
     * @param sessions a ComposerSessions giving the session of a composer
     */
    constructor(adapter, sessions) {
      this.adapter = adapter;
      this.sessions = sessions;
      this.bypass = null; // {composer, until}: one send the user chose to make, let through
      this.heldControls = new WeakMap(); // session -> the control to press on "Post anyway"
      sessions.openPanel = (session) => {
        if (!TBYP.Panel.isOpen() && session.visibleFindings().length) this.showPanel(session);
      };
    }

    /** Only the user's own sends are guarded. A page script's synthetic Enter, click or submit
     * is let through untouched: the page can send its own draft any way it likes, and stopping
     * its events would tell it that the extension is there and what the draft holds. Our own
     * "Post anyway" re-send is such an event too. */
    install() {
      const trusted = (handler) => (event) => {
        if (event.isTrusted) handler(event);
      };
      window.addEventListener("keydown", trusted((e) => this.onKeydown(e)), true);
      window.addEventListener("click", trusted((e) => this.onClick(e)), true);
      window.addEventListener("submit", trusted((e) => this.onSubmit(e)), true);
      // `submit` does not leave a shadow root: listen inside every open one too.
      TBYP.shadow.onRoot((root) =>
        root.addEventListener("submit", trusted((e) => this.onSubmit(e)), true),
      );
    }

    onKeydown(event) {
      if (event.key !== "Enter" || event.isComposing || event.keyCode === 229) return;
      if (event.shiftKey || event.altKey) return;
      const composer = this.adapter.composerFrom(TBYP.shadow.eventTarget(event));
      if (!composer) return;
      const withModifier = event.ctrlKey || event.metaKey;
      const sends = withModifier
        ? this.adapter.modEnterSends
        : this.adapter.enterSends(composer, this.adapter.sendButtonFor(composer));
      if (sends) this.guard(event, composer);
    }

    onClick(event) {
      const button = this.adapter.sendButtonFrom(TBYP.shadow.eventTarget(event));
      if (!button) return;
      const composer = this.adapter.composerForButton(button);
      if (composer) this.guard(event, composer, button);
    }

    onSubmit(event) {
      const composer = event.target?.querySelector?.(this.adapter.composerSelector);
      if (composer) this.guard(event, composer);
    }

    bypassing(composer) {
      return this.bypass?.composer === composer && performance.now() < this.bypass.until;
    }

    guard(event, composer, control = null) {
      if (this.bypassing(composer)) return;
      if (!this.sessions.enabledHere()) return;
      if (TBYP.Panel.isOpen()) {
        stop(event);
        return;
      }
      // Enter is a key press in the composer, which starts its session; a send button or a
      // submit guards only a composer the user has written in. A composer that has left the
      // page is one the user wrote in last in a dialog that moved on to its next step
      // (Facebook's "Next", then "Post"): its session ended with it, so it is read again.
      const session =
        event.type === "keydown" || !composer.isConnected
          ? this.sessions.get(composer)
          : this.sessions.peek(composer);
      if (!session) return;
      session.sendingFromDialog = !composer.isConnected;
      this.heldControls.set(session, control);
      const text = session.readText();
      if (!text.trim()) return;
      if (session.checkedText === text) {
        if (blockingFindings(session.visibleFindings()).length === 0) return;
        stop(event);
        this.showPanel(session);
        return;
      }
      if (this.sessions.engineFailed()) {
        session.noteUnchecked();
        return;
      }
      // The draft changed since the last check, or the engine is still starting: hold the send
      // while it is checked now, for SEND_CHECK_TIMEOUT at most.
      stop(event);
      this.sessions.warmUp();
      checkWithin(session, TIMING.SEND_CHECK_TIMEOUT).then((ok) => {
        if (!ok) {
          TBYP.notify(t("sentWithoutChecks"));
          this.resend(session);
        } else if (blockingFindings(session.visibleFindings()).length) {
          this.showPanel(session);
        } else {
          this.resend(session);
        }
      });
    }

    async showPanel(session) {
      TBYP.ui.followColourScheme(this.adapter);
      const findings = session.visibleFindings();
      const { choice, reason } = await TBYP.Panel.open(findings, {
        canRemove: findings.some((f) => f.replacement) && session.composer.isConnected,
        postAnyway: this.sessions.postAnywayMode(),
      });
      if (choice === "post" && reason) {
        // Kept by the background with the time and the rule ids: never the draft.
        const rules = findings.filter((f) => f.severity === "serious").map((f) => f.rule);
        this.sessions.send(
          { type: TBYP.MSG.POST_REASON, reason, rules },
          TIMING.ENGINE_REPLY_TIMEOUT,
        );
      }
      if (choice === "post") this.resend(session);
      else if (choice === "remove") await this.removeIdentifiers(session);
      else session.composer.focus();
    }

    /** Send once, bypassing the guard, then confirm the composer emptied. */
    async resend(session) {
      const { composer } = session;
      this.bypass = { composer, until: performance.now() + TIMING.SEND_CONFIRM };
      session.overlay.clear();
      this.adapter.send(composer, this.heldControls.get(session));
      session.sendingFromDialog = false; // sent: the next look at the page may let it go
      const deadline = performance.now() + TIMING.SEND_CONFIRM;
      while (performance.now() < deadline) {
        if (!composer.isConnected || !session.readText().trim()) {
          this.bypass = null;
          session.reset();
          return;
        }
        await nextFrame();
      }
      this.bypass = null;
      TBYP.notify(t("notSentYet"));
      session.schedule();
    }

    /**
     * Replace each identifier with its placeholder through the editor itself (select the text,
     * insertText), last first so earlier offsets stay right; then check that it took.
     */
    async removeIdentifiers(session) {
      const { composer } = session;
      const targets = session
        .visibleFindings()
        .filter((f) => f.replacement)
        .sort((a, b) => b.start - a.start);
      composer.focus();
      let failed = 0;
      for (const finding of targets) {
        const draft = TBYP.draft.readDraft(composer);
        if (draft.text.slice(finding.start, finding.end) !== finding.match) {
          failed++;
          continue;
        }
        const range = TBYP.draft.rangeFor(draft, finding.start, finding.end);
        if (!range) {
          failed++;
          continue;
        }
        TBYP.shadow.select(range); // relative to the editor's own root
        await nextFrame();
        if (!document.execCommand("insertText", false, finding.replacement)) failed++;
        await nextFrame();
      }
      const after = session.readText();
      if (failed || targets.some((f) => after.includes(f.match))) {
        TBYP.notify(t("couldNotRemove"));
      }
      await session.checkNow(TIMING.SEND_CHECK_TIMEOUT);
    }
  }

  /** The session's check of its draft, or false if it has not come within `ms`. */
  function checkWithin(session, ms) {
    let timer = 0;
    const late = new Promise((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    });
    return Promise.race([session.checkNow(ms), late]).finally(() => clearTimeout(timer));
  }

  function stop(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  TBYP.SendGuard = SendGuard;
})();
