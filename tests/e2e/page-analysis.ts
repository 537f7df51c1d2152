/** Run the extension's own page analysis in Node (linkedom) on the HTML a test serves: the expected values of browser tests. */
import { parseHTML } from 'linkedom';
import { analyzePage, type PageAnalysis } from '../../lib/page/analyze-page';

/** Analyze an HTML page as the content script would, at `url`. */
export function analyzeHtml(html: string, url: string): PageAnalysis {
  const { document } = parseHTML(html);
  return analyzePage(document as unknown as Document, url);
}
