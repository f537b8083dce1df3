// Attribution lexicons and patterns as data. Reporting verbs are listed by lemma with their forms.

/** Verbs that introduce speech, writing or findings: lemma → inflected forms. */
const VERBS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'], tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'], note: ['note', 'notes', 'noted', 'noting'],
  report: ['report', 'reports', 'reported', 'reporting'], write: ['write', 'writes', 'wrote', 'written', 'writing'],
  warn: ['warn', 'warns', 'warned', 'warning'], urge: ['urge', 'urges', 'urged', 'urging'],
  argue: ['argue', 'argues', 'argued', 'arguing'], explain: ['explain', 'explains', 'explained', 'explaining'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  announce: ['announce', 'announces', 'announced', 'announcing'], claim: ['claim', 'claims', 'claimed', 'claiming'],
  insist: ['insist', 'insists', 'insisted', 'insisting'], state: ['state', 'states', 'stated'],
  testify: ['testify', 'testifies', 'testified', 'testifying'], recall: ['recall', 'recalls', 'recalled', 'recalling'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'], deny: ['deny', 'denies', 'denied', 'denying'],
  predict: ['predict', 'predicts', 'predicted'], estimate: ['estimate', 'estimates', 'estimated'],
  conclude: ['conclude', 'concludes', 'concluded'], find: ['find', 'finds', 'found'],
  show: ['show', 'shows', 'showed', 'shown'], suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  indicate: ['indicate', 'indicates', 'indicated'], allege: ['allege', 'alleges', 'alleged', 'alleging'],
  contend: ['contend', 'contends', 'contended'], assert: ['assert', 'asserts', 'asserted'],
  maintain: ['maintain', 'maintains', 'maintained'], concede: ['concede', 'concedes', 'conceded'],
  admit: ['admit', 'admits', 'admitted'], complain: ['complain', 'complains', 'complained'],
  recommend: ['recommend', 'recommends', 'recommended'], propose: ['propose', 'proposes', 'proposed'],
  tweet: ['tweet', 'tweets', 'tweeted'], post: ['posted'], emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasised'],
  stress: ['stress', 'stresses', 'stressed'], reply: ['reply', 'replies', 'replied'], respond: ['responded'],
  promise: ['promise', 'promises', 'promised'], vow: ['vow', 'vows', 'vowed'], pledge: ['pledged'],
  caution: ['caution', 'cautions', 'cautioned'], observe: ['observed'], reveal: ['reveal', 'reveals', 'revealed'],
  counter: ['countered'], charge: ['charged'], advise: ['advise', 'advised', 'advises'], demand: ['demanded', 'demands', 'demanding'],
  believe: ['believe', 'believes', 'believed'], think: ['think', 'thinks', 'thought'], want: ['wants', 'wanted'], feel: ['feels', 'felt'], worry: ['worry', 'worries', 'worried'], fear: ['fear', 'fears', 'feared'],
  hope: ['hopes', 'hoped'], expect: ['expects', 'expected'], assure: ['assured'], inform: ['informed'], remind: ['reminded'],
  mention: ['mentioned'], repeat: ['repeated', 'repeating', 'repeats'], boast: ['boasted'], complain2: ['complaining'], rule: ['ruled', 'ruling', 'rules'],
  declare: ['declare', 'declares', 'declared'], describe: ['describe', 'describes', 'described'], call: ['call', 'calls', 'called'],
  accuse: ['accuse', 'accuses', 'accused'], dub: ['dubbed'], label: ['labeled', 'labelled'], brand: ['branded'], term: ['termed'],
  tout: ['touted'], praise: ['praised'], criticize: ['criticized', 'criticised'], blame: ['blamed'], question: ['questioned'],
  agree: ['agreed', 'agrees'], disclose: ['disclosed'], project: ['projects', 'projected'], calculate: ['calculated'],
  determine: ['determined'], read: ['reading', 'reads'],
  continue: ['continued', 'continues'],
  // a question in quotation marks is the asker's words; `asked whether …` is not a statement
  ask: ['asked', 'asks'],
};

export const CUE_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries(VERBS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma.replace(/\d$/, '')] as [string, string])),
);

/** Lemmas whose quoted object is a partial quote: called X "…", described X as "…", accused X of "…". */
export const PARTIAL_LEMMAS = new Set(['call', 'describe', 'accuse', 'dub', 'label', 'brand', 'term', 'tout', 'declare', 'praise', 'criticize', 'blame', 'question']);
/** Lemmas that only make a statement with a clause or a quote (not a bare noun object). */
export const CLAUSE_ONLY_LEMMAS = new Set(['find', 'show', 'reveal', 'disclose', 'indicate', 'suggest', 'expect', 'hope', 'fear', 'worry', 'believe', 'think', 'feel', 'want', 'agree', 'determine', 'calculate', 'project', 'rule', 'read', 'post', 'promise', 'vow', 'pledge', 'demand', 'recommend', 'propose', 'advise', 'urge']);
/** Lemmas that take the listener as object: told X (that) …, urged X to …, warned X that … */
export const OBJECT_LEMMAS = new Set(['tell', 'urge', 'warn', 'advise', 'assure', 'inform', 'remind', 'caution']);

/** Auxiliaries and adverbs that belong to the cue: "has reported", "had privately told", "also found". */
export const CUE_PREFIX_WORDS = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'should', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'been',
  'also', 'later', 'previously', 'privately', 'publicly', 'repeatedly', 'long', 'once', 'then', 'often', 'earlier', 'further',
  'recently', 'separately', 'again', 'first', 'still', 'already', 'not', 'never', 'frequently', 'initially', 'explicitly', 'kept',
]);

/** Leading phrases of a sentence that are not the speaker ("On Monday," "In a statement,"). */
export const INTRO_ADVERBIAL = /^(?:(?:on|in|at|during|after|before|by|since|until|for|from|with|within|over|under|last|this|earlier|later|late|early|meanwhile|still|however|but|and|yet|so|then|now|also|separately|speaking|asked|reached|contacted|writing|responding)\b[^,]{0,80},\s*)+|(?:every|each|last|next|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|month|year|morning|evening|night|time)\s+/i;

/** Adverbials between a cue and its content: "said on Monday", "said in a statement". */
export const POST_CUE_ADVERBIAL = /^(?:\s*,)?\s*(?:(?:on|last|this|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening)(?:\s+(?:night|morning|afternoon|evening))?|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|recently|previously|earlier|later|also|again|repeatedly|publicly|privately|separately|flatly|simply|bluntly|quietly|firmly|often|once)|in\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:statement|interview|email|e-mail|letter|post|tweet|filing|report|memo|speech|message|video|press release|news release|conference|hearing|call|note|op-ed|column|blog post|testimony|podcast|ruling|opinion|decision|court filing)(?:\s+(?:with|to|on|at|posted|released|sent|published)\s+[^,.;:“"]{1,60}?)?|at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:news conference|press conference|briefing|hearing|meeting|rally|event|forum|town hall|event)|on\s+(?:x|twitter|facebook|instagram|social media|tiktok|linkedin|threads|bluesky)|(?:by|via|over)\s+(?:email|e-mail|phone|telephone|text|text message|letter|video)|in\s+\w+|on\s+\w+\s+\d{1,2})\b,?/i;

export const PRONOUNS: Record<string, 'person' | 'thing' | 'plural'> = {
  he: 'person', she: 'person', it: 'thing', they: 'plural', we: 'plural', i: 'person',
};

/** Heads of noun phrases that name unnamed people (anonymous sources). */
export const ANON_HEADS = /\b(?:officials?|auditors?|regulators?|person|people|sources?|aides?|staffers?|employees?|workers?|residents?|analysts?|experts?|researchers?|scientists?|economists?|advisers?|advisors?|lawmakers?|legislators?|diplomats?|investigators?|officers?|soldiers?|members?|executives?|insiders?|critics?|supporters?|opponents?|advocates?|proponents?|demonstrators?|participants?|respondents?|readers?|viewers?|patients?|survivors?|victims?|immigrants?|migrants?|observers?|witnesses?|neighbors?|neighbours?|parents?|teachers?|students?|doctors?|nurses?|engineers?|adjusters?|farmers?|epidemiologists?|inspectors?|agents?|one|some|others|many|several|both|most|few|them|someone|anyone|man|woman|men|women|spokes(?:man|woman|person|people)|representatives?|employees?|traders?|bankers?|lawyers?|attorneys?|prosecutors?|defenders?|clerks?|pilots?|controllers?|passengers?|travell?ers?|riders?|commuters?|owners?|landlords?|tenants?|leaders?|organizers?|activists?|protesters?|veterans?|voters?|customers?|users?|scholars?|historians?|physicians?|specialists?|authorities|forecasters?|meteorologists?|economists?|strategists?|consultants?|donors?|colleagues?|friends?|relatives?|family|grandmother|grandfather|mother|father|son|daughter|wife|husband|brother|sister|lieutenant|sergeant|captain|general|director|manager|chief|supervisor|adviser|administrator|commander)\b/i;

/** Heads that make a noun phrase a document. */
export const DOCUMENT_HEADS = /\b(?:report|reports|charges|audit|audits|filing|filings|complaint|complaints|lawsuit|suit|memo|memos|memorandum|paper|papers|study|studies|survey|surveys|analysis|analyses|review|records|record|data|figures|statistics|numbers|estimates|bulletin|guidance|telemetry|documents?|letter|letters|emails?|e-mails?|post|posts|tweet|tweets|statement|statements|release|indictment|affidavit|ruling|order|opinion|decision|transcript|minutes|budget|proposal|plan|polls?|poll|polling|findings|results|tests?|timeline|summary|notice|notices|sign|assessment|evaluation|investigation|inquiry|probe|footage|video|recording|logs?|website|application|petition|motion|brief|testimony|cable|dossier|agreements?|contracts?|charter|law|bill|regulation|rule|policy|guidelines?|forecast|model|index|census|document|draft|projections?|forecasts?|surveys?|reviews?|numbers|calculations?|tallies|tally)\b/i;

/** Name endings that make a proper name an organization. */
export const ORG_WORDS = /\b(?:department|dept|agency|administration|association|union|board|council|committee|commission|company|co|corp|corporation|inc|llc|ltd|plc|group|bank|institute|university|college|school|district|authority|office|ministry|service|services|court|police|force|army|navy|air force|guard|command|party|foundation|fund|center|centre|society|church|hospital|clinic|agency|bureau|organization|organisation|coalition|alliance|federation|network|news|times|post|journal|herald|tribune|gazette|ledger|press|wire|radio|television|tv|magazine|review|daily|weekly|reuters|bloomberg|project|trust|partners|holdings|airlines?|air|motors|systems|technologies|labs?|laboratory|museum|library|government|congress|senate|parliament|assembly|legislature|cabinet|embassy|mission|secretariat|fda|cdc|fbi|cia|nasa|ntsb|faa|who|un|eu|nato|pentagon|kremlin|white house|state department|weather service|county|city|state|campaign|team|club|league|firm|studio|publishers?|media|exchange|reserve|treasury)\b/i;

/** Outlets and reporters: a source that is relayed when the article passes on its reporting. */
export const OUTLET_WORDS = /\b(?:news|times|post|journal|herald|tribune|gazette|ledger|press|wire|radio|television|tv|magazine|review|daily|weekly|reuters|bloomberg|associated press|ap|afp|bbc|cnn|npr|pbs|abc|cbs|nbc|fox|msnbc|axios|politico|guardian|telegraph|economist|atlantic|intercept|propublica|sentinel|chronicle|observer|courier|dispatch|examiner|inquirer|standard|globe|register|bulletin|monitor|star|mail|independent|insider|vox|wired|verge|podcast|newspaper|outlet|broadcaster|station|network|channel|site|blog|project)\b/i;
export const REPORTER_WORDS = /\b(?:reporter|journalist|correspondent|columnist|writer|editor|blogger|podcaster|anchor|host)\b/i;

/** Scare/term-quote introducers: so-called "X", what is often called "X", known as "X". */
export const TERM_INTRO = /(?:so-called|so called|known as|dubbed|nicknamed|named|titled|entitled|labeled|labelled|marked|branded|called|what (?:is|are|was|were) (?:often |sometimes |commonly |widely )?(?:called|known as|described as|referred to as)|referred to as|the term|the word|the phrase|a k a|aka)\s*$/i;

/** "declined to comment", "did not respond": not statements. */
export const NON_STATEMENT_AFTER_CUE = /^\s*(?:to comment|comment|no comment)/i;

/** The same head lists, anchored, for testing one word. */
const anchored = (re: RegExp) => new RegExp(`^${re.source.replace(/^\\b/, '').replace(/\\b$/, '')}$`, 'i');
export const ANON_WORD = anchored(ANON_HEADS);
export const DOCUMENT_WORD = anchored(DOCUMENT_HEADS);
