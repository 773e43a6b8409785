// The engine's catalogue of the article's facts: principles, segments, traffic types, example flows and their
// anchors, the summary tables' rows and the traffic that always uses the Internet (values from KNOWLEDGE.md and
// GLOSSARY.md, copied here).
import {
  ARTICLE_LOCALES,
  ARTICLE_PATH,
  CAVEATS,
  EXAMPLES,
  INTERNET_ONLY_TRAFFIC,
  PRINCIPLES,
  SEGMENTS,
  TABLE_ROWS,
  TRAFFIC_TYPES,
  exampleById,
  type ExampleId,
} from '../../src/engine';
import { ARTICLE_ROWS } from './article-tables';

describe('the article', () => {
  it('is published at the Microsoft Learn path, in English and Traditional Chinese', () => {
    expect(ARTICLE_PATH).toBe('skypeforbusiness/optimizing-your-network/call-flow-using-expressroute');
    expect(ARTICLE_LOCALES).toEqual({ en: 'en-us', 'zh-TW': 'zh-tw' });
  });

  it('has six principles', () => {
    expect(PRINCIPLES).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('has four network segments, in the order it introduces them', () => {
    expect(SEGMENTS).toEqual(['yourNetwork', 'internet', 'expressRoute', 'microsoftNetwork']);
  });

  it('has two traffic types: real-time media and signaling', () => {
    expect([...TRAFFIC_TYPES].sort()).toEqual(['media', 'signaling']);
  });

  it('has four caveats: asymmetric routing, the recommended setup, ExpressRoute everywhere, the Premium add-on', () => {
    expect([...CAVEATS].sort()).toEqual(['asymmetricRouting', 'everyOrgHasExpressRoute', 'premiumAddOn', 'recommendedSetup']);
  });

  it('lists six kinds of traffic that always use the Internet', () => {
    expect(INTERNET_ONLY_TRAFFIC).toEqual(['crl', 'dns', 'sharedUrls', 'telemetry', 'skypeConsumerFederation', 'broadcastStreaming']);
  });
});

describe('the six example flows', () => {
  // GLOSSARY.md, "Links to the article": the article's anchor and the heading anchor of each example.
  const expected: [ExampleId, string, string][] = [
    ['p2p', 'bk_Figure2', 'peer-to-peer-call-for-microsoft-365-or-office-365-user-from-within-customer-network'],
    ['onlineConference', 'bk_Figure3', 'online-user-on-your-network-joining-a-conference-that-is-hosted-online'],
    ['hybridConference', 'bk_Figure3', 'joining-a-conference-hosted-by-on-premises-user-in-hybrid-deployment'],
    ['onPremEdge', 'bk_Figure5', 'on-premises-edge-server-with-microsoft-365-or-office-365-hosted-conferences'],
    ['cceePstn', 'bk_Figure6', 'pstn-call-using-skype-for-business-cloud-connector-edition'],
    ['broadcast', 'bk_Figure6', 'skype-meeting-broadcast-with-users-joining-from-customer-network'],
  ];

  it('are six, in the article order, with unique ids', () => {
    expect(EXAMPLES.map((e) => e.id)).toEqual(expected.map(([id]) => id));
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(6);
  });

  it.each(expected)('%s has the anchor %s and the heading anchor #%s', (id, anchor, headingAnchor) => {
    expect(exampleById(id)).toMatchObject({ id, anchor, headingAnchor });
  });

  it('mark the second use of bk_Figure3 and bk_Figure6 as unusable in a link (a browser opens the first use)', () => {
    const usedEarlier = (i: number) => EXAMPLES.slice(0, i).some((e) => e.anchor === EXAMPLES[i].anchor);
    EXAMPLES.forEach((e, i) => expect(e.linkable).toBe(!usedEarlier(i)));
    expect(EXAMPLES.filter((e) => !e.linkable).map((e) => e.id)).toEqual(['hybridConference', 'broadcast']);
  });

  it('have unique heading anchors', () => {
    expect(new Set(EXAMPLES.map((e) => e.headingAnchor)).size).toBe(6);
  });

  it('reject an unknown id', () => {
    expect(() => exampleById('nope' as ExampleId)).toThrow();
  });
});

describe('the summary tables', () => {
  it("have 15 rows in the article's order: Online 1-8, Hybrid 1-5, Cloud Connector 1-2", () => {
    expect(TABLE_ROWS.map((r) => [r.table, r.row])).toEqual(ARTICLE_ROWS.map((r) => [r.table, r.row]));
    expect(TABLE_ROWS).toHaveLength(15);
  });

  it("give each row the article's example flows and say whether the row has a note", () => {
    expect(TABLE_ROWS.map((r) => ({ row: `${r.table} ${r.row}`, examples: r.examples, hasNote: r.hasNote }))).toEqual(
      ARTICLE_ROWS.map((r) => ({ row: `${r.table} ${r.row}`, examples: r.examples.map((e) => e.id), hasNote: r.hasNote })),
    );
  });

  it('mark as symmetric exactly the peer-to-peer rows that hold from either side (Online 2, Hybrid 2)', () => {
    expect(TABLE_ROWS.filter((r) => r.symmetric).map((r) => `${r.table} ${r.row}`)).toEqual(
      ARTICLE_ROWS.filter((r) => r.otherSide).map((r) => `${r.table} ${r.row}`),
    );
  });
});
