// The attribution conventions, in a module of their own: the CLI's option parsing and the HTTP API
// list them without loading the pipeline.

/** 'newslens': the statements of the newslens guidelines (speech, one statement per quoted stretch).
 *  'parc': the PARC / PolNeAR convention researchers compare against: a quote interrupted by its cue is
 *  one attribution, and beliefs, intentions, evaluations and acts count too (a tagger trained on PolNeAR). */
export type Convention = 'newslens' | 'parc';
export const CONVENTIONS: readonly Convention[] = ['newslens', 'parc'];
