/* Options: a switch per pack, generated from the rule registry, saved in storage.sync. */
(() => {
  const TBYP = globalThis.TBYP;
  const t = (key) => TBYP.api.i18n.getMessage(key) || key;

  for (const node of document.querySelectorAll("[data-i18n]")) {
    node.textContent = t(node.dataset.i18n);
  }

  function packCard(pack, settings, onChange) {
    const card = document.createElement("div");
    card.className = "pack";
    const label = document.createElement("label");
    const input = document.createElement("input");
    input.type = "checkbox";
    input.role = "switch";
    input.id = `pack-${pack.id}`;
    input.checked = settings.packs[pack.id] !== false;
    input.addEventListener("change", () => onChange(pack.id, input.checked));
    const title = document.createElement("span");
    title.className = "title";
    title.textContent = pack.title;
    label.append(input, title);
    const description = document.createElement("p");
    description.className = "description";
    description.textContent = pack.description;
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = t("optionsRulesSummary");
    const list = document.createElement("ul");
    for (const rule of pack.rules) {
      const item = document.createElement("li");
      const message = document.createElement("strong");
      message.textContent = rule.message;
      item.append(message, " ", rule.why);
      list.append(item);
    }
    details.append(summary, list);
    card.append(label, description, details);
    return card;
  }

  async function render() {
    const settings = await TBYP.settings.load();
    const container = document.getElementById("packs");
    const status = document.getElementById("status");
    const onChange = async (id, on) => {
      const fresh = await TBYP.settings.load();
      fresh.packs[id] = on;
      await TBYP.settings.save(fresh);
      status.textContent = t("optionsSaved");
    };
    container.replaceChildren(...TBYP.REGISTRY.packs.map((p) => packCard(p, settings, onChange)));
  }

  render();
})();
