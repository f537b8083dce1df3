// A stopword vote for the body's language when the page does not declare one. Covers the
// languages of most news corpora; anything else stays null rather than guessed.

const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'on', 'with', 'said', 'he', 'it', 'as', 'by', 'at', 'from', 'his', 'her', 'have', 'are', 'be', 'this', 'an', 'not', 'they', 'who', 'has', 'had', 'were', 'which', 'will', 'would', 'their', 'been'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'se', 'por', 'con', 'una', 'para', 'es', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'dijo', 'fue', 'este', 'esta', 'han'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'en', 'un', 'une', 'du', 'est', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'avec', 'il', 'elle', 'ce', 'sont', 'mais', 'a', 'été'],
  de: ['der', 'die', 'das', 'und', 'in', 'den', 'von', 'zu', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'dem', 'nicht', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'werden', 'aus', 'er', 'hat', 'dass', 'sie', 'nach', 'wird', 'bei'],
  it: ['il', 'di', 'che', 'e', 'la', 'le', 'per', 'un', 'una', 'in', 'del', 'della', 'non', 'sono', 'con', 'si', 'da', 'al', 'gli', 'ha', 'è', 'anche', 'ma', 'dei', 'nel'],
  pt: ['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'os', 'as', 'no', 'na', 'por', 'mais', 'dos', 'das', 'se', 'foi', 'ao', 'disse'],
  nl: ['de', 'het', 'een', 'en', 'van', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'aan', 'er', 'ook', 'als', 'bij', 'door', 'werd', 'wordt', 'heeft', 'maar'],
};
const INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) for (const w of words) INDEX.set(w, [...(INDEX.get(w) ?? []), lang]);

/** Words sampled from the start of the body. */
const SAMPLE_WORDS = 400;
/** Below this many stopword hits the sample is too small to call. */
const MIN_HITS = 8;
/** The winner needs this share more hits than the runner-up. */
const MIN_MARGIN = 1.3;

export function guessLanguage(text: string): string | null {
  const words = text.slice(0, SAMPLE_WORDS * 8).toLowerCase().match(/[\p{L}]+/gu)?.slice(0, SAMPLE_WORDS) ?? [];
  const score = new Map<string, number>();
  for (const w of words) for (const lang of INDEX.get(w) ?? []) score.set(lang, (score.get(lang) ?? 0) + 1);
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_HITS || (second && best[1] < second[1] * MIN_MARGIN)) return null;
  return best[0];
}
