/* Options: pause, sites, packs (generated from the rule registry), reminders, quiet mode, the
 * user's own phrases (synced with the settings) and private names (this device only), and settings
 * files. What the organisation set (shared/policy.js) shows as set, locked, with a line saying so;
 * its lists show beside the user's, read only. */
(() => {
  const TBYP = globalThis.TBYP;
  const { api } = TBYP;
  const { t } = TBYP.i18n;
  const $ = (id) => document.getElementById(id);
  const PART_KEYS = {
    everything: "settingsPartEverything",
    packs: "settingsPartPacks",
    sites: "settingsPartSites",
    showInfo: "settingsPartShowInfo",
    quietMode: "settingsPartQuietMode",
    snoozedUntil: "settingsPartSnoozedUntil",
    phrases: "settingsPartPhrases",
    names: "settingsPartNames",
    language: "settingsPartLanguage",
  };

  const partsText = (parts) =>
    new Intl.ListFormat(TBYP.i18n.tag(), { style: "long", type: "conjunction" }).format(
      parts.map((p) => t(PART_KEYS[p] ?? p)),
    );
  const timeText = (ms) =>
    new Date(ms).toLocaleTimeString(TBYP.i18n.tag(), { hour: "2-digit", minute: "2-digit" });

  function say(message) {
    const status = $("status");
    // A repeated message is still announced: clear, then set on the next frame.
    status.textContent = "";
    requestAnimationFrame(() => {
      status.textContent = message;
    });
  }

  /** Read, change and save the synced settings; say "Saved" or why not. */
  async function update(change, message = t("optionsSaved")) {
    try {
      const fresh = await TBYP.settings.load();
      change(fresh);
      await TBYP.settings.save(fresh);
      say(message);
      return true;
    } catch {
      say(t("optionsSaveFailed"));
      return false;
    }
  }

  // --- switches ---------------------------------------------------------------------------------

  /** Mark a switch as set by the organisation: disabled, with a line saying so (`line`, which
   * the switch is described by too). */
  function showLocked(input, line, locked) {
    input.disabled = locked;
    line.hidden = !locked;
    const ids = (input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
    const others = ids.filter((id) => id !== line.id);
    const described = locked ? [...others, line.id] : others;
    if (described.length) input.setAttribute("aria-describedby", described.join(" "));
    else input.removeAttribute("aria-describedby");
  }

  function switchRow({ id, title, description, checked, locked = false, onChange }) {
    const row = document.createElement("div");
    row.className = "switch-row";
    const label = document.createElement("label");
    label.className = "switch";
    const input = document.createElement("input");
    input.type = "checkbox";
    input.role = "switch";
    input.id = id;
    input.checked = checked;
    input.addEventListener("change", () => onChange(input.checked));
    const name = document.createElement("span");
    name.className = "title";
    name.textContent = title;
    label.append(input, name);
    row.append(label);
    if (description) {
      const text = document.createElement("p");
      text.className = "description";
      text.id = `${id}-description`;
      text.textContent = description;
      input.setAttribute("aria-describedby", text.id);
      row.append(text);
    }
    const lockLine = document.createElement("p");
    lockLine.className = "description locked";
    lockLine.id = `${id}-locked`;
    lockLine.textContent = t("managedLocked");
    row.append(lockLine);
    showLocked(input, lockLine, locked);
    return row;
  }

  function packCard(registryPack, settings, locks) {
    const pack = TBYP.i18n.words(registryPack);
    const card = document.createElement("div");
    card.className = "pack card";
    card.append(
      switchRow({
        id: `pack-${pack.id}`,
        title: pack.title,
        description: pack.description,
        checked: settings.packs[pack.id] !== false,
        locked: locks.packs.has(pack.id),
        onChange: (on) =>
          update((s) => {
            s.packs[pack.id] = on;
          }).then(() => showCustomNote(pack.id === "custom" ? on : undefined)),
      }),
    );
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = t("optionsRulesSummary");
    const list = document.createElement("ul");
    for (const rule of pack.rules.map(TBYP.i18n.words)) {
      const item = document.createElement("li");
      const message = document.createElement("strong");
      message.textContent = rule.message;
      item.append(message, " ", rule.why);
      list.append(item);
    }
    details.append(summary, list);
    card.append(details);
    return card;
  }

  function renderSwitches(settings, locks) {
    $("sites").replaceChildren(
      ...TBYP.SITES.map((site) =>
        switchRow({
          id: `site-${site}`,
          title: t(TBYP.SITE_NAME_KEYS[site]),
          checked: settings.sites[site] !== false,
          locked: locks.sites.has(site),
          onChange: (on) =>
            update((s) => {
              s.sites[site] = on;
            }),
        }),
      ),
    );
    $("packs").replaceChildren(...TBYP.REGISTRY.packs.map((p) => packCard(p, settings, locks)));
    for (const [id, part] of [
      ["show-info", "showInfo"],
      ["quiet-mode", "quietMode"],
    ]) {
      const input = $(id);
      input.checked = settings[part];
      showLocked(input, $(`${id}-locked`), locks[part]);
      input.onchange = () =>
        update((s) => {
          s[part] = input.checked;
        });
    }
  }

  /** The keyboard shortcut as the browser has it (people can change it there). */
  async function renderShortcut() {
    let keys = "";
    try {
      const commands = await api.commands.getAll();
      keys = commands.find((c) => c.name === TBYP.COMMAND.OPEN_PANEL)?.shortcut ?? "";
    } catch {
      // No commands API here: say how to set one.
    }
    $("shortcut").textContent = keys ? t("optionsShortcut", keys) : t("optionsShortcutUnset");
  }

  // --- pause ------------------------------------------------------------------------------------

  let pauseTimer = 0;

  function renderPause(settings, locks) {
    clearTimeout(pauseTimer);
    const paused = TBYP.settings.isSnoozed(settings);
    if (locks.pause) {
      // The organisation hid the pause (and ended any pause made before).
      $("pause-state").textContent = t("managedPauseHidden");
      $("pause").hidden = true;
      $("resume").hidden = true;
      return;
    }
    $("pause-state").textContent = paused
      ? t("optionsPausedUntil", timeText(settings.snoozedUntil))
      : t("optionsPauseExplain");
    $("pause").hidden = paused;
    $("resume").hidden = !paused;
    if (paused) {
      // The pause ends by itself; show that when it does.
      pauseTimer = setTimeout(
        () => renderPause(settings, locks),
        settings.snoozedUntil - Date.now() + 50,
      );
    }
  }

  async function setPause(until, focusId) {
    await update((s) => {
      s.snoozedUntil = until;
    }, until ? t("optionsPaused", timeText(until)) : t("optionsResumed"));
    const { settings, locks } = await TBYP.policy.effective();
    renderPause(settings, locks);
    $(focusId).focus();
  }

  $("pause").addEventListener("click", () =>
    setPause(Date.now() + TBYP.settings.SNOOZE_MS, "resume"),
  );
  $("resume").addEventListener("click", () => setPause(0, "pause"));

  // --- phrases and names -----------------------------------------------------------------------

  const LISTS = {
    phrases: {
      limits: TBYP.settings.LIMITS.phrases,
      read: async () => (await TBYP.settings.load()).phrases,
      async write(entries) {
        await TBYP.settings.save({ ...(await TBYP.settings.load()), phrases: entries });
      },
    },
    names: {
      limits: TBYP.settings.LIMITS.names,
      read: () => TBYP.settings.loadPrivateNames(),
      write: (entries) => TBYP.settings.savePrivateNames(entries),
    },
  };

  function showCustomNote(on) {
    if (on === undefined) return;
    for (const id of ["phrases", "names"]) {
      $(`${id}-hint`).textContent = [
        t("optionsListHint", [String(LISTS[id].limits.max), String(LISTS[id].limits.maxLength)]),
        on ? "" : t("optionsCustomOff"),
      ]
        .filter(Boolean)
        .join(" ");
    }
  }

  function fieldMessage(id, text, invalid) {
    const field = $(id);
    const message = $(`${id}-message`);
    message.textContent = text;
    message.classList.toggle("error", invalid);
    if (invalid) field.setAttribute("aria-invalid", "true");
    else field.removeAttribute("aria-invalid");
  }

  async function saveList(id) {
    const list = LISTS[id];
    const field = $(id);
    const { max, maxLength } = list.limits;
    const cleaned = TBYP.settings.cleanList(field.value.split("\n"), list.limits);
    if (cleaned.tooLong.length) {
      const shown = cleaned.tooLong.map((entry) => `“${entry.slice(0, 20)}…”`).join(", ");
      fieldMessage(id, t("optionsListTooLong", [String(maxLength), shown]), true);
      field.focus();
      return;
    }
    if (cleaned.extra) {
      const total = cleaned.entries.length + cleaned.extra;
      fieldMessage(
        id,
        t("optionsListTooMany", [String(total), String(max), String(cleaned.extra)]),
        true,
      );
      field.focus();
      return;
    }
    try {
      await list.write(cleaned.entries);
    } catch {
      fieldMessage(id, t("optionsListTooBig"), true);
      return;
    }
    field.value = cleaned.entries.join("\n");
    fieldMessage(id, t("optionsListSaved", String(cleaned.entries.length)), false);
  }

  /** The user's own lists in their boxes; the organisation's beside them, read only. */
  async function renderLists(settings, own, policy) {
    $("phrases").value = own.phrases.join("\n");
    $("names").value = (await TBYP.settings.loadPrivateNames()).join("\n");
    for (const id of Object.keys(LISTS)) fieldMessage(id, "", false);
    showCustomNote(settings.packs.custom !== false);
    for (const [id, entries] of [
      ["org-phrases", policy.phrases],
      ["org-names", policy.names],
    ]) {
      $(`${id}-list`).replaceChildren(
        ...entries.map((entry) => {
          const item = document.createElement("li");
          item.textContent = entry;
          return item;
        }),
      );
      $(id).hidden = !entries.length;
    }
  }

  /** What the organisation set, said once at the top: that it manages some settings, how "Post
   * anyway" works, and any of its values that could not be used. */
  function renderManaged({ managed, policy, ignored }) {
    $("managed-notice").hidden = !managed;
    const postAnyway = {
      [TBYP.policy.POST_ANYWAY.TICK]: "managedPostAnywayTick",
      [TBYP.policy.POST_ANYWAY.REASON]: "managedPostAnywayReason",
    }[policy.postAnyway];
    $("managed-post-anyway").hidden = !postAnyway;
    $("managed-post-anyway").textContent = postAnyway ? t(postAnyway) : "";
    $("managed-ignored").hidden = !ignored.length;
    $("managed-ignored").textContent = ignored.length
      ? t("managedIgnored", ignored.join(", "))
      : "";
  }

  $("save-phrases").addEventListener("click", () => saveList("phrases"));
  $("save-names").addEventListener("click", () => saveList("names"));

  // --- settings files ---------------------------------------------------------------------------

  $("export").addEventListener("click", async () => {
    const withNames = $("export-names").checked;
    const settings = await TBYP.settings.load();
    const names = withNames ? await TBYP.settings.loadPrivateNames() : null;
    const blob = new Blob([TBYP.transfer.exportText(settings, names)], {
      type: "application/json",
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = TBYP.transfer.FILE_NAME;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    say(t(withNames ? "optionsExportedWithNames" : "optionsExported", TBYP.transfer.FILE_NAME));
  });

  const IMPORT_ERRORS = {
    tooBig: "optionsImportTooBig",
    notJson: "optionsImportNotJson",
    notOurs: "optionsImportNotOurs",
    broken: "optionsImportBroken",
  };

  /**
   * A file that would replace or empty the private names asks first, with the count: names are
   * kept on this device only, so a wrong file would lose them for good. Resolves true to go on.
   */
  async function confirmNames(incoming) {
    const current = await TBYP.settings.loadPrivateNames();
    const same =
      current.length === incoming.length && current.every((name, i) => name === incoming[i]);
    if (!current.length || same) return true;
    const importDialog = $("import-dialog");
    $("import-dialog-text").textContent = incoming.length
      ? t("optionsImportNamesReplace", [String(current.length), String(incoming.length)])
      : t("optionsImportNamesEmpty", String(current.length));
    return new Promise((resolve) => {
      const answer = (value) => () => {
        importDialog.close();
        resolve(value);
      };
      $("import-cancel").onclick = answer(false);
      $("import-confirm").onclick = answer(true);
      importDialog.oncancel = () => resolve(false); // Esc
      importDialog.showModal();
      $("import-cancel").focus();
    });
  }

  $("import-file").addEventListener("change", async (event) => {
    const input = event.target;
    const [file] = input.files;
    if (!file) return;
    const text = file.size > 256 * 1024 ? "" : await file.text();
    const result = TBYP.transfer.parseImport(text, file.size);
    input.value = "";
    if (!result.ok) {
      say(t(IMPORT_ERRORS[result.reason], partsText(result.parts)));
      return;
    }
    if (result.names && !(await confirmNames(result.names))) {
      say(t("optionsImportCancelled"));
      $("import-file").focus();
      return;
    }
    try {
      const current = await TBYP.settings.load();
      await TBYP.settings.save({ ...result.settings, snoozedUntil: current.snoozedUntil });
      if (result.names) await TBYP.settings.savePrivateNames(result.names);
    } catch {
      say(t("optionsSaveFailed"));
      return;
    }
    await render({ keepNotice: false });
    say(
      result.names
        ? t("optionsImportedWithNames", String(result.names.length))
        : t("optionsImported"),
    );
  });

  // --- reset ------------------------------------------------------------------------------------

  const dialog = $("reset-dialog");
  $("reset").addEventListener("click", () => dialog.showModal());
  $("reset-cancel").addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    if (dialog.returnValue !== "reset") $("reset").focus();
    dialog.returnValue = "";
  });
  $("reset-confirm").addEventListener("click", async () => {
    dialog.close("reset");
    try {
      await TBYP.settings.save(TBYP.settings.defaults());
    } catch {
      say(t("optionsSaveFailed"));
      return;
    }
    await render({ keepNotice: false });
    say(t("optionsResetDone"));
    $("reset").focus();
  });

  // --- the page ---------------------------------------------------------------------------------

  // --- language ---------------------------------------------------------------------------------

  /** The page in the language the settings name: every fixed text, then what render() draws. */
  function renderLanguage(settings) {
    TBYP.i18n.choose(settings.language);
    TBYP.i18n.translatePage();
    $("language").value = settings.language;
  }

  // Only the page's words change: what is typed in the lists and not yet saved stays.
  $("language").addEventListener("change", async (event) => {
    const language = event.target.value;
    const saved = await update((s) => {
      s.language = language;
    }, "");
    if (!saved) return;
    const state = await TBYP.policy.effective();
    const { settings, locks } = state;
    renderLanguage(settings);
    renderManaged(state);
    renderSwitches(settings, locks);
    renderPause(settings, locks);
    showCustomNote(settings.packs.custom !== false);
    await renderShortcut();
    say(t("optionsSaved"));
  });

  async function render({ keepNotice = true } = {}) {
    const state = await TBYP.policy.effective();
    const { settings, own, repaired, policy, locks } = state;
    renderLanguage(settings);
    const notice = $("repair-notice");
    if (repaired.length) {
      $("repair-text").textContent = t("optionsRepaired", partsText(repaired));
      notice.hidden = false;
    } else if (!keepNotice) {
      notice.hidden = true;
    }
    renderManaged(state);
    renderSwitches(settings, locks);
    renderPause(settings, locks);
    await Promise.all([renderLists(settings, own, policy), renderShortcut()]);
    document.documentElement.dataset.ready = "true";
  }

  // Another tab or the popup changed the settings: show the pause as it now stands.
  TBYP.settings.watch(async () => {
    const { settings, locks } = await TBYP.policy.effective();
    renderPause(settings, locks);
  });
  // The organisation changed its settings: show them all again.
  TBYP.policy.watch(() => render());

  render();
})();
