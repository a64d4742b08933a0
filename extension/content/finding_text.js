/* The words of a finding. The engine's reply names each finding's rule (and its severity, span,
 * words and replacement); what the rule says, why, and what to consider instead come from the
 * registry the extension ships (shared/registry.js), not from each reply. */
(() => {
  const TBYP = globalThis.TBYP;
  let rules = null; // rule id -> {message, why, suggestion, pack}

  function byId() {
    if (!rules) {
      rules = new Map();
      for (const pack of TBYP.REGISTRY.packs) {
        for (const rule of pack.rules) rules.set(rule.id, { ...rule, pack: pack.id });
      }
    }
    return rules;
  }

  /** A finding from a reply, with its rule's words in the language the user chose. The
   * placeholder "Remove identifiers" puts into the draft follows the draft: the engine's own
   * (English) for a draft in English, the chosen language's for a draft the engine read as
   * written in another (`inOtherLanguage`), so a Welsh interface never writes "[rhif GIG]" into
   * an English post. A rule this build does not know (a reply from another build) keeps whatever
   * words the reply had. */
  function withWords(finding, inOtherLanguage = false) {
    const rule = byId().get(finding.rule);
    if (!rule) return finding;
    const { message, why, suggestion, replacement, pack } = TBYP.i18n.words(rule);
    const words = { pack, message, why, suggestion, ...finding };
    if (inOtherLanguage && typeof finding.replacement === "string" && replacement) {
      words.replacement = replacement;
    }
    return words;
  }

  /** The engine's reply with each finding's words filled in; other replies as they came. */
  function expandReply(reply) {
    if (!reply?.ok || !Array.isArray(reply.findings)) return reply;
    const inOtherLanguage = reply.skipped?.reason === "language";
    return { ...reply, findings: reply.findings.map((f) => withWords(f, inOtherLanguage)) };
  }

  TBYP.findingText = { withWords, expandReply };
})();
