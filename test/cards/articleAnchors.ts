// The anchors a link into the article may use, from the article itself (MicrosoftDocs/OfficeDocs-SkypeForBusiness,
// Skype/SfbOnline/optimizing-your-network/call-flow-using-expressroute.md): its explicit <a name> anchors, and the
// anchors Microsoft Learn gives its headings (lower case, punctuation dropped, spaces as hyphens).
const EXPLICIT = ['bk_Figure2', 'bk_Figure3', 'bk_Figure5', 'bk_Figure6'];

/** The article's headings an answer can rest on: the principles, the example flows and the three summary tables. */
const HEADINGS = [
  'Principles for call flows with Skype for Business',
  'Peer-to-peer call for Microsoft 365 or Office 365 user from within customer network',
  'Online user on your network joining a conference that is hosted Online',
  'Joining a conference hosted by on-premises user in Hybrid deployment',
  'On-premises Edge server with Microsoft 365 or Office 365 hosted conferences',
  'PSTN call using Skype for Business Cloud Connector Edition',
  'Skype Meeting Broadcast with users joining from customer network',
  'Call flows for Skype for Business Online',
  'Call flows for Skype for Business Hybrid',
  'Call flows for Skype for Business with Cloud Connector',
];

const slug = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');

export const ARTICLE_ANCHORS: ReadonlySet<string> = new Set([...EXPLICIT, ...HEADINGS.map(slug)]);

const ARTICLE = /^https:\/\/learn\.microsoft\.com\/(en-us|zh-tw)\/skypeforbusiness\/optimizing-your-network\/call-flow-using-expressroute#(.+)$/;

/** The article's language and anchor a URL opens it at, or undefined when it is not a link to a real anchor of it. */
export function articleAnchor(url: string): { locale: 'en-us' | 'zh-tw'; anchor: string } | undefined {
  const match = ARTICLE.exec(url);
  if (!match || !ARTICLE_ANCHORS.has(match[2])) return undefined;
  return { locale: match[1] as 'en-us' | 'zh-tw', anchor: match[2] };
}
