/* The guide's tips as the panel shows them: which tip each rule comes from (from the generated
 * registry), the tip's heading, and the reflective questions that apply when a tip is involved. */
(() => {
  const TBYP = globalThis.TBYP;
  const { t } = TBYP.ui;

  // Tip text (as core.model.Tip has it) -> locale keys for its heading and its question.
  const TIPS = {
    "Do not post unique identifiers": { heading: "tipIdentifiers", question: "questionWhoSees" },
    "Do not post offensive or inappropriate material": {
      heading: "tipOffensive",
      question: "questionComfortable",
    },
    "Maintain appropriate professional standards of communication": {
      heading: "tipProfessional",
      question: "questionSpeakingFor",
    },
    "Think before you post": { heading: "tipThink", question: "questionMeTest" },
    "Think about who will see your post": { heading: "tipAudience", question: "questionWhoSees" },
    "WhatsApp: be useful in large groups": { heading: "tipWhatsApp", question: "questionMeTest" },
  };
  const ORDER = Object.keys(TIPS);

  let ruleTips = null;
  function tipOf(ruleId) {
    if (!ruleTips) {
      ruleTips = new Map();
      for (const pack of TBYP.REGISTRY.packs) {
        for (const rule of pack.rules) ruleTips.set(rule.id, rule.tip ?? pack.tip);
      }
    }
    return ruleTips.get(ruleId) ?? (ruleId.startsWith("custom.") ? ORDER[0] : ORDER[3]);
  }

  /** Findings grouped by tip, in the guide's order of firmness: [{tip, heading, findings}]. */
  function groupByTip(findings) {
    const groups = new Map();
    for (const finding of findings) {
      const tip = tipOf(finding.rule);
      if (!groups.has(tip)) groups.set(tip, []);
      groups.get(tip).push(finding);
    }
    return [...groups.entries()]
      .sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b))
      .map(([tip, items]) => ({ tip, heading: TIPS[tip] ? t(TIPS[tip].heading) : tip, findings: items }));
  }

  /** The reflective questions for these tips; the 'me' test is always asked. */
  function questionsFor(tips) {
    const keys = new Set(tips.map((tip) => TIPS[tip]?.question).filter(Boolean));
    keys.add("questionMeTest");
    const order = ["questionMeTest", "questionWhoSees", "questionSpeakingFor", "questionComfortable"];
    return order.filter((k) => keys.has(k)).map((k) => t(k));
  }

  TBYP.tips = { tipOf, groupByTip, questionsFor };
})();
