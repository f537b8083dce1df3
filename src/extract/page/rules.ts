// Scraped-page furniture as ordered tables (house style: heuristics are data). Each pattern is
// anchored and matched against one trimmed line, so none can backtrack across a page.

/** Whole lines that are page furniture wherever they appear. */
export const BOILERPLATE: readonly RegExp[] = [
  /^advertisement\.?$/i,
  /^(?:story continues|article continues|continue reading)(?: below(?: (?:the )?advertisement)?)?\.?$/i,
  /^(?:share|share this|share this (?:article|story|page)|share on (?:facebook|x|twitter|linkedin)|copy link|link copied|print|email|save|save article|saved|gift(?: this)? article|comments?|\d+ comments?|follow|subscribe|sign in|log in|listen|bookmark)$/i,
  /^listen to (?:this|the) (?:article|story)(?:\s*[·•|\-–—(]?\s*\d+\s*min(?:ute)?s?\)?)?\.?$/i,
  /^(?:read|see|watch|related|also read|more|read more|read next|up next|watch next|see also|don't miss|recommended|related coverage|related story|related link|more coverage)\s*[:|]\s*\S.{0,200}$/i,
  /^\(?(?:reporting|writing|editing|additional reporting|compiled|edited) by [^()]{1,200}\)?\.?$/i,
  /^(?:sign up|subscribe) (?:for|to) (?:our|the) .{0,80}newsletter.{0,80}$/i,
  /^(?:click|tap) here to .{0,120}$/i,
  /^(?:photo|image|video|graphic|illustration)\s*:\s*.{0,160}$/i,
  /^(?:©|\(c\)|copyright)\s*.{0,160}$/i,
  /^all rights reserved\.?$/i,
  /^(?:this (?:article|story) (?:was|has been) (?:updated|corrected)).{0,200}$/i,
];

/** "4 min read", "Listen (3 min)": the page's own read time. */
export const STATED_READ_TIME = /^(?:(\d{1,3})\s*(?:min(?:ute)?s?)\s*(?:read|listen)|(?:reading time|read time)\s*:?\s*(\d{1,3})\s*min(?:ute)?s?)\.?$/i;

/** A related-rail entry's read time: "3 min", "3 min read", "3 minutes". */
export const RAIL_MINUTES = /^(\d{1,3})\s*(?:min|mins|minute|minutes)(?:\s+read)?\.?$/i;

/** Labels that open a related-stories rail (the label itself is not an entry). */
export const RAIL_LABELS: readonly RegExp[] = [
  /^(?:related|related stories|related articles|related coverage|related content|related reading|related news)$/i,
  /^(?:more (?:stories|news|articles|coverage|headlines)|more (?:from|in|on) .{1,60}|latest(?: news| stories| headlines)?|top stories)$/i,
  /^(?:read next|up next|what to read next|you (?:may|might) also like|recommended(?: for you| stories| reading)?|most (?:popular|read|viewed|shared)|trending(?: now| stories)?|editor'?s picks|popular now|also in .{1,60}|around the web)$/i,
];

/** Section labels a news page prints above the headline or byline (public list of common desks). */
export const SECTION_WORDS = new Set([
  'news', 'world', 'us', 'u.s.', 'national', 'local', 'metro', 'politics', 'election', 'elections', 'business',
  'markets', 'economy', 'finance', 'money', 'tech', 'technology', 'science', 'health', 'wellness', 'climate',
  'environment', 'weather', 'sports', 'sport', 'opinion', 'opinions', 'editorial', 'analysis', 'culture',
  'arts', 'entertainment', 'lifestyle', 'life', 'travel', 'food', 'education', 'transportation', 'transit',
  'housing', 'real estate', 'crime', 'justice', 'courts', 'law', 'security', 'defense', 'defence', 'military',
  'national security', 'investigations', 'investigation', 'breaking', 'breaking news', 'exclusive', 'latest',
  'space', 'aviation', 'energy', 'agriculture', 'labor', 'labour', 'media', 'religion', 'obituaries', 'books',
  'music', 'film', 'tv', 'television', 'style', 'fashion', 'europe', 'asia', 'africa', 'americas', 'middle east',
  'uk', 'china', 'india', 'immigration', 'border', 'congress', 'white house', 'supreme court', 'world news',
  'us news', 'uk news', 'local news', 'fact check', 'explainer', 'live', 'video', 'podcast', 'health care',
]);

/** Words after a byline's comma that describe the writer's job, not another name. */
export const BYLINE_ROLE = /\b(?:reporter|correspondent|editor|writer|columnist|contributor|staff|bureau|chief|producer|analyst|journalist|critic|photographer|intern|fellow|desk)\b/i;

/** Outlet-looking names after a byline separator. */
export const OUTLET_HINT = /\b(?:times|post|news|journal|herald|tribune|gazette|ledger|press|daily|weekly|review|observer|guardian|telegraph|chronicle|courier|dispatch|examiner|inquirer|standard|sentinel|reuters|bloomberg|associated press|afp|ap|bbc|cnn|npr|pbs|abc|cbs|nbc|fox|magazine|media|radio|network|wire|report|globe|star|mail|register|record|bulletin|monitor)\b/i;

/** Key: value lines some scrapers put above the text (Headline:, Date:, Publisher:, ...). */
export const HEADER_KEYS: Record<string, 'title' | 'subtitle' | 'date' | 'publisher' | 'author' | 'url' | 'section' | 'language'> = {
  headline: 'title', title: 'title', subtitle: 'subtitle', subhead: 'subtitle', dek: 'subtitle', description: 'subtitle',
  date: 'date', published: 'date', 'published at': 'date', 'publication date': 'date', 'date published': 'date',
  publisher: 'publisher', outlet: 'publisher', source: 'publisher', site: 'publisher', publication: 'publisher',
  author: 'author', authors: 'author', byline: 'author', by: 'author',
  url: 'url', link: 'url', 'canonical url': 'url',
  section: 'section', category: 'section', language: 'language', lang: 'language',
};

/** A body paragraph is at least this long or ends like a sentence; header lines are shorter. */
export const MIN_BODY_CHARS = 80;
/** The header (section, byline, date, read time) sits within this many lines after the title. */
export const MAX_HEADER_LINES = 10;
/** Headlines longer than this are body text, not a title. */
export const MAX_TITLE_CHARS = 220;
/** Rail entry titles longer than this are body text. */
export const MAX_RAIL_TITLE_CHARS = 160;
