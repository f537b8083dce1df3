// Heuristic tables of the entities stage, in the order they apply. Edit here, not in the code.

/** Words that head a role or office: "Secretary of State", "commander of CENTCOM", "Guardian columnist". */
export const ROLE_HEADS = new Set([
  'secretary', 'minister', 'president', 'vice-president', 'director', 'governor', 'chairman', 'chairwoman', 'chairperson',
  'chair', 'commander', 'chief', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'representative',
  'mayor', 'judge', 'justice', 'attorney', 'general', 'admiral', 'administrator', 'commissioner', 'ceo', 'cfo', 'founder',
  'co-founder', 'leader', 'head', 'journalist', 'reporter', 'editor', 'correspondent', 'columnist', 'analyst', 'official',
  'officer', 'professor', 'lawyer', 'adviser', 'advisor', 'economist', 'researcher', 'expert', 'author', 'manager',
  'executive', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'mp', 'legislator', 'lawmaker', 'deputy',
  'coordinator', 'envoy', 'diplomat', 'activist', 'owner', 'scientist', 'coach', 'speaker', 'prosecutor', 'inspector',
  'superintendent', 'dean', 'rector', 'treasurer', 'auditor', 'colonel', 'captain', 'lieutenant', 'sergeant', 'major',
  'chairman-elect', 'president-elect', 'prime', 'emir', 'sultan', 'pope', 'bishop', 'archbishop', 'imam', 'pastor',
  'councillor', 'councilor', 'sheriff', 'marshal', 'producer', 'director-general', 'secretary-general', 'partner',
  'emperor', 'empress', 'tsar', 'czar', 'kaiser', 'shah', 'duke', 'duchess', 'earl', 'baron', 'baroness', 'viscount', 'marquess',
]);

/** The types of names proper (people, organisations, places), which most rules reshape. */
export const NAME_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'LOC']);

/** Lower-case words that may sit inside a title between capitalised words: "Secretary of the Navy". */
export const TITLE_LINKERS = new Set(['of', 'the', 'for', 'and', '&']);

/** Words that end a backward scan for a pre-name role ("… said former Guardian columnist X"). */
export const ROLE_STOPS = new Set([
  'said', 'says', 'told', 'tells', 'according', 'and', 'or', 'but', 'with', 'by', 'to', 'from', 'at', 'in', 'on', 'for',
  'that', 'who', 'which', 'as', 'was', 'is', 'were', 'are', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'of',
  'when', 'while', 'after', 'before', 'then', 'also', 'has', 'have', 'had', 'will', 'would', 'led', 'including', 'met',
]);

/** Longest pre-name role (tokens); longer stretches are sentences, not titles. */
export const MAX_ROLE_TOKENS = 6;
/** Longest appositive role after a name ("X, commander of CENTCOM,"). */
export const MAX_APPOSITION_TOKENS = 16;
/** Openers that make a post-name comma phrase a clause, not a role. */
export const APPOSITION_BLOCKERS = new Set(['who', 'which', 'where', 'when', 'said', 'says', 'and', 'but', 'while', 'as', 'according', 'he', 'she', 'they', 'it', 'in', 'on', 'at', 'for', 'to']);

/** Prefixes that make a variant of an acronym: USCENTCOM ~ CENTCOM. */
export const ACRONYM_PREFIXES = ['US', 'U.S.', 'UN', 'EU', 'UK'];
/** Small words skipped when taking the initials of a long name. */
export const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', '&', 'de', 'la', 'del', 'des', 'du']);
/** Words between "(" and an acronym that still define it: "Coastal Survey Directorate (called COSDIR)". */
export const ACRONYM_LEADS = new Set(['called', 'known', 'as', 'or', 'aka', 'formerly']);

/** All-caps words that are not names on their own (headline words, units, common abbreviations). */
export const NOT_NAMES = new Set([
  'I', 'A', 'OK', 'TV', 'AM', 'PM', 'CEO', 'CFO', 'GDP', 'COVID', 'COVID-19', 'AIDS', 'HIV', 'PDF', 'FAQ', 'ID', 'IT',
  'AI', 'DNA', 'VIP', 'ET', 'EST', 'GMT', 'UTC', 'NB', 'PS', 'RIP', 'LOL', 'USD', 'EUR', 'KM', 'KG', 'MW', 'GW', 'FY',
  // common-noun acronyms of technology, medicine, business and daily life: things, not names
  'SMS', 'MMS', 'GPS', 'ATM', 'SUV', 'USB', 'URL', 'LED', 'LCD', 'OTP', 'IVF', 'ICU', 'CPR', 'MRI', 'PPE', 'PCR',
  'GMO', 'CNC', 'NDA', 'MOU', 'MoU', 'IPO', 'ETF', 'VAT', 'GST', 'ROI', 'KPI', 'SME', 'SMEs', 'NGO', 'NGOs', 'INGOs', 'HQ',
  'HR', 'IQ', 'EV', 'EVs', 'TB', 'HPV', 'BMI', 'ADHD', 'PTSD', 'OCD', 'ABV', 'DIY', 'RSVP', 'ASAP', 'FYI', 'ETA', 'B2B',
  'B2C', 'P2P', '4G', '5G', 'LNG', 'LPG', 'CNG', 'CO2', 'GHG', 'UV', 'VPN', 'IoT', 'API', 'SIM', 'MPs', 'CEOs', 'IPP',
]);

/** Title tokens that never begin a name even when the model puts them inside one. */
export const NAME_OPENERS_TO_DROP = new Set(['The', 'the', 'Mr', 'Mrs', 'Ms', 'Dr']);

/** Currency words and symbols → ISO 4217 code (values[].unit of MONEY). */
export const CURRENCIES: readonly [RegExp, string][] = [
  [/US\s?\$|\$\s?US|USD|U\.S\. dollars?|US dollars?/i, 'USD'],
  [/A\$|AUD|Australian dollars?/i, 'AUD'],
  [/NZ\$|NZD|New Zealand dollars?/i, 'NZD'],
  [/C\$|CAD|Canadian dollars?/i, 'CAD'],
  [/HK\$|HKD/i, 'HKD'],
  [/S\$|SGD|Singapore dollars?/i, 'SGD'],
  [/€|euros?|EUR/i, 'EUR'],
  [/£|pounds? sterling|GBP|\bpounds?\b/i, 'GBP'],
  [/¥|yen|JPY/i, 'JPY'],
  [/yuan|renminbi|RMB|CNY/i, 'CNY'],
  [/₹|rupees?|\bRs\.?|INR/i, 'INR'],
  [/₦|naira|NGN/i, 'NGN'],
  [/shillings?|KSh|KES/i, 'KES'],
  [/rand\b|ZAR/i, 'ZAR'],
  [/pesos?|MXN/i, 'MXN'],
  [/dinars?|KWD/i, 'KWD'],
  [/riyals?|SAR/i, 'SAR'],
  [/dirhams?|AED/i, 'AED'],
  [/taka|BDT/i, 'BDT'],
  [/cedis?|GHS/i, 'GHS'],
  [/\$|dollars?/i, 'USD'],
];

/** Scale words → multiplier. Crore and lakh are Indian English (10^7, 10^5). */
export const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
  crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
};

/** Chunk types that go to values[], never names. */
export const VALUE_TYPES: ReadonlySet<string> = new Set(['DATE', 'MONEY']);

/**
 * Head nouns that type the name next to them, anywhere in the document: right before it
 * ("non-governmental organisation Velkor", "rights lawyer Ana Ruiz") or heading an apposition after it
 * ("Tarnhelm, a new business unit"; "Vessby, a coastal town"). Lower-case only.
 */
export const ORG_HEAD_NOUNS = new Set([
  'organisation', 'organization', 'group', 'company', 'firm', 'party', 'agency', 'bank', 'carrier', 'airline', 'operator',
  'brand', 'network', 'union', 'association', 'broadcaster', 'retailer', 'insurer', 'club', 'charity', 'foundation',
  'newspaper', 'daily', 'tabloid', 'magazine', 'startup', 'start-up', 'conglomerate', 'lender', 'regulator', 'watchdog',
  'movement', 'militia', 'coalition', 'alliance', 'publisher', 'chain', 'manufacturer', 'automaker', 'carmaker', 'supplier',
  'provider', 'subsidiary', 'unit', 'ngo', 'nonprofit', 'non-profit', 'outfit', 'consortium', 'cooperative', 'co-operative',
  'syndicate', 'cartel', 'franchise', 'label', 'studio', 'broadcasting', 'ministry', 'department', 'institute', 'university',
]);
export const LOC_HEAD_NOUNS = new Set([
  'city', 'town', 'village', 'district', 'province', 'county', 'region', 'state', 'island', 'capital', 'country', 'nation',
  'municipality', 'suburb', 'township', 'neighbourhood', 'neighborhood', 'hamlet', 'port', 'settlement', 'archipelago',
]);
/** Role nouns that make the name after them a person ("rights lawyer Ana Ruiz"); adjectives among the role heads
 *  ("official", "general", "chief", "prime", "major", "deputy", "head", "executive") are left out. */
export const PERSON_HEAD_NOUNS = new Set([...ROLE_HEADS].filter((w) => !['official', 'general', 'chief', 'prime', 'major', 'deputy', 'head', 'executive', 'partner', 'speaker', 'producer', 'expert', 'owner', 'leader', 'representative', 'justice'].includes(w))
  .concat(['actor', 'actress', 'singer', 'player', 'striker', 'goalkeeper', 'midfielder', 'defender', 'farmer', 'teacher', 'student', 'artist', 'writer', 'novelist', 'poet', 'photographer', 'filmmaker', 'businessman', 'businesswoman', 'entrepreneur', 'doctor', 'nurse', 'surgeon', 'resident', 'spokesman', 'spokeswoman', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister']));
