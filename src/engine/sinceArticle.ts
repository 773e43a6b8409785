// What has changed since the article. "Call flow using ExpressRoute" describes Skype for Business as it was in
// about 2019; these are Microsoft's own later statements, each dated and with the Microsoft Learn page that makes
// it. Texts are in locales/ under `sinceArticle`; here only structure. The advisor's answers still follow the
// article (that is what they are about); these facts stand beside them, never in place of them.
//
// Every page below was confirmed before it was linked (stored copies of Microsoft Learn and of Microsoft's docs
// repositories, which hold each page in English and Traditional Chinese), never guessed:
// - sfbOnlineRetirement: Learn's page at this path ("On July 31, 2021, Microsoft retired Skype for Business
//   Online"); source Teams/skype-for-business-online-retirement.md in MicrosoftDocs/OfficeDocs-SkypeForBusiness and
//   its zh-TW localization.
// - cceRetirementNotice: a Cloud Connector Edition page at this path carrying the notice "Cloud Connector Edition
//   will retire July 31, 2021 along with Skype for Business Online" (stored on docs.microsoft.com, which moved to
//   learn.microsoft.com with the same paths). The cmdlet reference page with the same notice could not be found
//   on Learn in the stored copies, so it is not linked.
// - server2015Lifecycle, server2019Lifecycle: the lifecycle pages of the products (lifecycle-data in English and
//   zh-TW: extended support ends 10/14/2025 for both).
// - expressRouteForMicrosoft365: Learn's "Implementing ExpressRoute for Microsoft 365" (stored in en-us and ro-ro)
//   with the note "We do not recommend ExpressRoute for Microsoft 365 ... Microsoft authorization is required";
//   Microsoft's ExpressRoute for Microsoft 365 pages carry that note since 2021 (their zh-TW copy of May 2021).

/** The year the article's picture of Skype for Business dates from, about. */
export const ARTICLE_AS_OF_YEAR = 2019;

export type LearnPageId =
  | 'sfbOnlineRetirement'
  | 'cceRetirementNotice'
  | 'server2015Lifecycle'
  | 'server2019Lifecycle'
  | 'expressRouteForMicrosoft365';

/** Pages on learn.microsoft.com, by their path after the locale segment (`en-us/`, `zh-tw/`). */
export const LEARN_PAGES: Record<LearnPageId, string> = {
  sfbOnlineRetirement: 'microsoftteams/skype-for-business-online-retirement',
  cceRetirementNotice:
    'skypeforbusiness/skype-for-business-hybrid-solutions/plan-your-phone-system-cloud-pbx-solution/modify-the-configuration-of-an-existing-cloud-connector-deployment',
  server2015Lifecycle: 'lifecycle/products/skype-for-business-server-2015',
  server2019Lifecycle: 'lifecycle/products/skype-for-business-server-2019',
  expressRouteForMicrosoft365: 'microsoft-365/enterprise/implementing-expressroute?view=o365-worldwide',
};

export type LaterFactId = 'sfbOnlineRetired' | 'cceRetired' | 'serverSupportEnded' | 'expressRouteNotRecommended';

/** When a fact became true: the day it took effect, or the year since which Microsoft's pages say so. */
export type FactDate = { kind: 'on'; isoDate: string } | { kind: 'since'; year: number };

export interface LaterFact {
  id: LaterFactId;
  date: FactDate;
  /** The pages that state it, in the order they are linked. */
  sources: readonly LearnPageId[];
}

/** In the order a reader should learn them: what no longer exists, what is no longer supported, what is advised. */
export const LATER_FACTS: readonly LaterFact[] = [
  { id: 'sfbOnlineRetired', date: { kind: 'on', isoDate: '2021-07-31' }, sources: ['sfbOnlineRetirement'] },
  { id: 'cceRetired', date: { kind: 'on', isoDate: '2021-07-31' }, sources: ['cceRetirementNotice'] },
  { id: 'serverSupportEnded', date: { kind: 'on', isoDate: '2025-10-14' }, sources: ['server2015Lifecycle', 'server2019Lifecycle'] },
  { id: 'expressRouteNotRecommended', date: { kind: 'since', year: 2021 }, sources: ['expressRouteForMicrosoft365'] },
];
