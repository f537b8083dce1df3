// Patterns the frames read around a cue (04-frames.ts): what may sit between a cue and its content or
// speaker, and what may follow a cue that closes its sentence.

/** Longest tail after a cue that closes its sentence (`in a preliminary report released Wednesday.`). */
export const MAX_CLOSING_TAIL = 120;

/** The rest of a participle aside, then the main verb: `… the delay, said …`, `… the delay, promised …`. */
export const ASIDE_BEFORE_VERB = /^([^,;:\uE000]{1,80}),\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|tells|added|adds|\p{Ll}{3,}ed)\b/u;

/** A message before a participle cue: `released a statement saying …`, `sent a tweet saying …`. */
export const MESSAGE_BEFORE = /\b(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+)?(?:statement|tweet|post|letter|message|email|e-mail|release|video|note|memo|ad)\s+$/iu;

/** `on`/`upon`/`for` after `call` when a listener and an infinitive follow (`called on Ruiz to resign`). */
export const CALL_ON = /^(?:on|upon|for)\s+(?=[^,.;:\uE000]{1,80}?\sto\s+\p{Ll})/u;

/** An opening prepositional phrase holding a quotation: `To a question on “…,”`, `In a post titled “…,”`. */
export const QUOTE_IN_INTRO = /^(?:to|in|on|at|after|before|during|for|from|with|about|regarding|asked about)\s[^\uE000,]{0,60}\uE000/i;

/** `pollster Ana Ruiz`, `former senator Ana Ruiz`: lowercase role words, then a capitalised name. */
export const ROLE_BEFORE_NAME = /^(?!(?:in|on|at|to|of|for|with|by|from|about|after|before|during|that|this|it|he|she|they|we|i|there|then|now|also|again|last|once)\b)\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+){0,2}\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?=\s*(?:,|\.?\s*$))/u;

/** `Ana R. Ruiz, director of …`: a capitalised name before its comma. */
export const NAME_THEN_APPOSITION = /^(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Prof|Rev)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?=,\s)/u;

/** A prepositional phrase running to the sentence's end after the cue. */
// (`reported for the Harbor Project, a nonprofit newsroom.`: one apposition may close it)
export const TRAILING_ADVERBIAL = /^(?:during|at|in|on|after|before|from|over|via|through|throughout|outside|inside|near|following|amid|for)\s[^,;:\uE000]{1,80}(?:,\s+(?:a|an|the)\s[^,;:\uE000]{1,60})?$/i;

/** The rest of a capitalised name between an adverbial and `that`. */
export const NAME_REST = /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}$/u;

/** `wrote on Threadline, a riders' forum, that …`, `said in an interview, aired Sunday, that …`: a short prepositional phrase and its aside before `that`. */
export const PREP_ASIDE = /^\s+(?:in|at|on|during|with|by|over|after|before|to)\s[^,.;:\uE000]{1,40},[^,.;:\uE000]{1,40},\s*(?=that\s)/i;

/** `noted in his usual whisper that …`: a short prepositional phrase between the cue and `that`. */
export const PREP_BRIDGE = /^\s*(?:in|at|on|during|with|by|over|after|before|to)\s+(?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+\s*$/u;
