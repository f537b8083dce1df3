// The HTML reader's heuristics as ordered data: what is furniture, what is a related rail, which
// metadata sources win, which lines are boilerplate. Change behaviour here, not in the walkers.

/** Below this much body text an attempt is a teaser or caption, not an article: try looser. */
export const MIN_BODY_CHARS = 250;

/** Readability's own default (500) misses short news briefs; the loose retry asks for this. */
export const LOOSE_CHAR_THRESHOLD = 100;

/** Furniture boxes (cookie banner, ad slot, newsletter box) are short; a longer match is a wrapper. */
export const MAX_FURNITURE_CHARS = 1200;

/** Only the first few body paragraphs can be the headline, byline or date line printed again. */
export const MAX_HEAD_PARAGRAPHS = 5;

/** A byline or dateline paragraph is short; longer text that starts "By …" is prose. */
export const MAX_BYLINE_LINE_CHARS = 120;

/** Elements whose text is never article text, removed before every strategy. */
export const ALWAYS_DROP_SELECTORS: readonly string[] = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas',
  'button', 'select', 'input', 'textarea', 'dialog', '[role=dialog]', '[role=alertdialog]',
  '[aria-hidden=true]', '[hidden]',
];

/** class/id words that mark furniture boxes (matched on the whole class+id string). */
export const FURNITURE_CLASS: readonly RegExp[] = [
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp|onetrust|privacy-banner)(?:[\s_-]|$)/i,
  /(?:^|[\s_-])(?:newsletter|subscribe|subscription|signup|sign-up)(?:[\s_-]|$)/i,
  /(?:^|[\s_-])(?:ad|ads|advert|adverts|advertisement|adslot|adunit|dfp|sponsored|promo)(?:[\s_-]|$)/i,
  /(?:^|[\s_-])(?:share|sharing|social|share-bar|share-tools)(?:[\s_-]|$)/i,
  /(?:^|[\s_-])(?:author-bio|author-box|about-the-author|bio|contributor-bio)(?:[\s_-]|$)/i,
];

/** Text that opens a cookie banner or newsletter box with no telling class. */
export const FURNITURE_TEXT: readonly RegExp[] = [
  /^(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b/i,
  /^(?:we value your privacy|your privacy choices|cookie (?:settings|preferences|policy))\b/i,
  /^(?:sign up for|subscribe to) (?:our|the) [\w\s]{0,30}newsletter\b/i,
  /^(?:get|receive) (?:our|the) [\w\s]{0,30}newsletter\b/i,
];

/** Extra furniture removed only by the loose, container strategy (Readability scores these itself). */
export const LOOSE_DROP_SELECTORS: readonly string[] = [
  'nav', 'header', 'footer', 'aside', 'form', 'menu',
  '[role=navigation]', '[role=banner]', '[role=contentinfo]', '[role=complementary]', '[role=search]',
];

/** Where the container strategy looks for the body, best first. */
export const CONTAINER_SELECTORS: readonly string[] = [
  '[itemprop=articleBody]', 'article', '[role=main]', 'main', 'body',
];

/** Tags whose subtree is dropped when turning the body into paragraphs (captions, credits, media). */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'figure', 'figcaption', 'picture', 'video', 'audio', 'img', 'script', 'style', 'noscript',
  'template', 'svg', 'button', 'form', 'iframe', 'object', 'head', 'title', 'nav', 'select',
]);

/** class words marking captions and photo credits inside the body. */
export const SKIP_CLASS = /(?:^|[\s_-])(?:caption|credit|credits|photo-credit|image-credit|wp-caption-text)(?:[\s_-]|$)/i;

/** Tags that start and end a paragraph of their own. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'div', 'section', 'article',
  'main', 'header', 'footer', 'aside', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th',
  'address', 'center', 'hr', 'body', 'html',
]);

/** class/id words of a related-stories rail. */
export const RELATED_CLASS = /(?:^|[\s_-])(?:related|recommended|recommendations|trending|also-read|read-more|more-stories|more-news|more-articles|most-read|most-popular|popular|further-reading)(?:[\s_-]|$)/i;

/** Headings (or aria-labels) that title a related-stories rail. */
export const RELATED_HEADING = /^\s*(?:related(?:\s+(?:stories|articles|news|content|coverage|reading))?|more\s+(?:stories|news|articles|from|on|in|coverage)\b.*|read\s+(?:more|next|also)\b.*|recommended(?:\s+for\s+you|\s+stories|\s+reading)?|(?:you\s+)?(?:may|might)\s+also\s+like|also\s+read|trending(?:\s+now)?|most\s+(?:read|popular|viewed)|further\s+reading|what\s+to\s+read\s+next)\s*:?\s*$/i;

/** An in-body paragraph that is a one-link rail: "Read more: <a>…</a>". */
export const READ_MORE_LINE = /^\s*(?:read more|related|see also|also read|read also|more on this(?: story)?|recommended)\s*:/i;

/** Tags that can hold a related rail. */
export const RAIL_TAGS = 'aside, section, ul, ol, div, nav';

/** Link texts in a rail that are navigation, not stories. */
export const RAIL_LINK_SKIP: readonly RegExp[] = [
  /^(?:see|view|show|load)\s+(?:all|more)\b/i, /^more$/i, /^next$/i, /^previous$/i,
];

/** schema.org types that describe the article itself. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle', 'blogposting',
  'liveblogposting', 'socialmediaposting', 'scholarlyarticle', 'techarticle', 'report',
]);

/** Visible publication dates, best first: the article header's <time>, then any in the article. */
export const DATE_SELECTORS: readonly string[] = [
  'article header time[datetime]', 'header time[datetime]', '[itemprop=datePublished]',
  'article time[datetime]', 'main time[datetime]',
];

/** <meta name|property|itemprop> values holding the publication date, best first. */
export const DATE_META: readonly string[] = [
  'article:published_time', 'og:article:published_time', 'datePublished', 'date', 'pubdate',
  'publish-date', 'publish_date', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created',
  'sailthru.date', 'parsely-pub-date', 'article.published',
];

/** Words that open a byline, removed before splitting names. */
export const BYLINE_PREFIX = /^\s*(?:(?:written|reported|reporting|words|story|text)\s+by|by)\s*:?\s+/i;

/** Separators between names in one byline string (whitespace is collapsed first). */
export const BYLINE_SPLIT = / ?(?:, ?and\b|\band\b|&|,|;|\/|\+) ?/i;

/** Byline pieces that credit someone other than the author ("Editing by …"). */
export const BYLINE_NOT_AUTHOR = /^(?:edit(?:ed|ing)|additional reporting|compiled|photos?|graphics?|illustrations?|produced|translated|fact-checked)\b/i;

/** A trailing place after a name ("Jane Doe in Kyiv"). */
export const BYLINE_PLACE = / (?:in|from|at) \p{Lu}[\p{L} .'-]*$/u;

/** After these the rest of a byline is the outlet or a role ("| The Ledger", " - Staff"). */
// (?<!\s): start only at the start of a run of spaces, or a long run costs O(n²) (test/redos.test.ts)
export const BYLINE_OUTLET = /(?<!\s)\s+(?:\||[-–—]\s)|(?<!\s)\s+for\s+(?:the\s+)?[A-Z]/;

/** Words that make a byline piece a role, not a name. */
export const BYLINE_ROLE_WORDS = /\b(?:reporter|correspondent|editor|staff|writer|contributor|columnist|bureau|desk|team|news|agency|wire|updated|published|photographer|min|read)\b/i;

/** Visible byline elements, best first (read after JSON-LD and <meta>, before Readability's guess). */
export const BYLINE_SELECTORS: readonly string[] = [
  'a[rel~=author]', '[itemprop=author]', '.byline', '[class*="byline" i]', '.author', '[class*="author-name" i]',
  '.vcard .fn',
];

/** Lower-case words allowed inside a name ("Maria de la Cruz", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'la', 'le', 'du', 'da', 'di', 'del', 'della',
  'der', 'den', 'van', 'von', 'bin', 'bint', 'al', 'el', 'ibn', 'dos', 'das', 'do', 'y', 'e', 'ter', 'zu']);

/** The most words a person's name has in a byline. */
export const MAX_NAME_WORDS = 5;

/** Whole-paragraph boilerplate that can survive Readability, dropped anywhere in the body. */
export const BOILERPLATE_PARAGRAPHS: readonly RegExp[] = [
  /^advert(?:isement)?s?$/i, /^sponsored(?: content)?$/i, /^story continues below(?: advertisement)?$/i,
  /^share(?: this(?: article| story)?)?(?: on \w+)?$/i, /^(?:skip|jump) to (?:content|main content)$/i,
  /^\d+\s*min(?:ute)?s?\s+read$/i, /^(?:listen|print|comments?|save)(?: to this article| article)?$/i,
];

/** Lines that are furniture only among the first paragraphs (a dateline, a "Published …" stamp). */
export const HEAD_LINES: readonly RegExp[] = [
  /^(?:updated|published|last updated|posted|first published|last modified)\b/i,
];

/** A stated read time ("4 min read"), anywhere in the page furniture. */
export const READ_TIME = /^\s*(?:reading time:?\s*)?(\d{1,3})\s*(?:min(?:ute)?s?\.?)(?:\s+read)?\s*$/i;

/** "N min" beside a related story. */
export const RAIL_MINUTES = /\b(\d{1,3})\s*(?:min(?:ute)?s?)\b/i;
