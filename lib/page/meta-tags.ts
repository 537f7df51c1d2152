/** Read the page's `<meta name=… content=…>` tags (site-cluster standard: SiteName, ColumnName, ArticleTitle, PubDate…). */

/** Meta names of the gov.cn site-cluster standard and www.gov.cn, in their canonical spelling. */
const KNOWN_NAMES = [
  'SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType',
  'ArticleTitle', 'PubDate', 'ContentSource', 'Keywords', 'Author', 'Description', 'Url', 'Image',
  'lanmu', 'manuscriptId', 'firstpublishedtime', 'catalog', 'contentid', 'publishdate', 'source', 'subject',
];
const CANONICAL = new Map(KNOWN_NAMES.map((n) => [n.toLowerCase(), n]));

/** Every `<meta name content>` of the document as name → content; known names get their canonical spelling, the first occurrence wins. */
export function readMetaTags(doc: Document): Record<string, string> {
  const out: Record<string, string> = {};
  let metas: ArrayLike<Element>;
  try {
    metas = doc.querySelectorAll('meta[name]');
  } catch {
    return out;
  }
  for (let i = 0; i < metas.length; i++) {
    const raw = (metas[i].getAttribute('name') ?? '').trim();
    const content = metas[i].getAttribute('content');
    if (!raw || content === null) continue;
    const name = CANONICAL.get(raw.toLowerCase()) ?? raw;
    const value = content.replace(/[\s\u00a0]+/g, ' ').trim();
    if (value && name !== '__proto__' && !Object.hasOwn(out, name)) out[name] = value;
  }
  return out;
}
