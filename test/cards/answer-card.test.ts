// What the answer card says: paths named in words and marked, the source (never derived shown as documented),
// example links at the right anchor in the reader's language, the Cloud Connector contradiction, and the actions.
import { completions, resolve, type PartialScenario } from '../../src/engine';
import { answerCard } from '../../src/cards';
import { answerWithoutExpressRoute } from '../../src/present';
import { allText, leadingTraffic, linksOf, pathsOf, sourceOf, submitsOf } from '../dialogs/cardReading';

const answer = (scenario: PartialScenario) => {
  const r = resolve(scenario);
  if (!r) throw new Error('not answerable');
  return r;
};

describe('answer card', () => {
  it('names each party path in words, in both languages', () => {
    const r = answer({ deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' });
    const en = answerCard(r, 'en');
    expect(pathsOf(en, 'signaling')).toEqual(['User: ExpressRoute', 'Other party: Internet']);
    expect(pathsOf(en, 'media')).toEqual(['User: ExpressRoute', 'Other party: Internet']);
    expect(sourceOf(en)).toBe('Documented: Skype for Business Online table, row 2');
    const zh = answerCard(r, 'zh-TW');
    expect(pathsOf(zh, 'signaling')).toEqual(['使用者: ExpressRoute', '對方: 網際網路']);
    expect(sourceOf(zh)).toBe('有文件記載：商務用 Skype Online表格，第 2 列');
  });

  // "What if we had no ExpressRoute?": a documented row, shown without it, is worked out from the article's "if
  // available", so its card says derived in both languages, and its ExpressRoute paths are on the Internet.
  it('marks the answer without ExpressRoute as derived, never documented', () => {
    const r = answerWithoutExpressRoute(answer({ deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' }));
    const en = answerCard(r, 'en');
    expect(pathsOf(en, 'signaling')).toEqual(['User: Internet', 'Other party: Internet']);
    expect(sourceOf(en)).toBe('Derived: follows the Skype for Business Online table, row 2');
    expect(allText(en)).not.toMatch(/^Documented/m);
    const zh = answerCard(r, 'zh-TW');
    expect(pathsOf(zh, 'media')).toEqual(['使用者: 網際網路', '對方: 網際網路']);
    expect(allText(zh)).not.toMatch(/^有文件記載/m);
  });

  it('marks each path with its own color', () => {
    const card = answerCard(answer({ deployment: 'hybrid', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork', homing: 'online', peerHoming: 'onPremises' }), 'en');
    const json = JSON.stringify(card);
    expect(json).toMatch(/"style":"good","verticalContentAlignment":"center","items":\[\{"type":"TextBlock","text":"Stays in your network","color":"good"/);
    expect(json).toMatch(/"style":"accent","verticalContentAlignment":"center","items":\[\{"type":"TextBlock","text":"ExpressRoute","color":"accent"/);
  });

  it('never presents a derived answer as documented', () => {
    for (const scenario of completions({})) {
      const r = resolve(scenario)!;
      const en = allText(answerCard(r, 'en'));
      const zh = allText(answerCard(r, 'zh-TW'));
      if (r.derived) {
        expect(en).not.toMatch(/^Documented/m);
        expect(zh).not.toMatch(/^有文件記載/m);
        expect(en).toMatch(/^Derived/m);
      } else {
        expect(en).toMatch(/^Documented/m);
      }
    }
  });

  it('shows the Cloud Connector contradiction with the table answer', () => {
    const card = answerCard(answer({ deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' }), 'en');
    expect(pathsOf(card, 'signaling')).toEqual(['User: Stays in your network']);
    expect(allText(card)).toContain('The article disagrees with itself here');
    expect(allText(answerCard(answer({ deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' }), 'zh-TW'))).toContain(
      '文章在這裡前後不一致',
    );
  });

  it('links its source and the example flows at the right anchor, in the reader language', () => {
    const example = 'https://learn.microsoft.com/zh-tw/skypeforbusiness/optimizing-your-network/call-flow-using-expressroute#joining-a-conference-hosted-by-on-premises-user-in-hybrid-deployment';
    const r = answer({ deployment: 'hybrid', callType: 'conference', organizer: 'onPremises', homing: 'onPremises', location: 'customerNetwork' });
    // The source is the example flow itself, then the examples.
    expect(linksOf(answerCard(r, 'zh-TW'))).toEqual([example, example]);
    const p2p = answer({ deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' });
    expect(linksOf(answerCard(p2p, 'en'))).toEqual([
      'https://learn.microsoft.com/en-us/skypeforbusiness/optimizing-your-network/call-flow-using-expressroute#call-flows-for-skype-for-business-online',
      'https://learn.microsoft.com/en-us/skypeforbusiness/optimizing-your-network/call-flow-using-expressroute#bk_Figure2',
    ]);
  });

  it('leads with the traffic type asked about', () => {
    const r = answer({ deployment: 'online', callType: 'pstn', location: 'internet' });
    expect(leadingTraffic(answerCard(r, 'en'))).toBe('signaling');
    expect(leadingTraffic(answerCard(r, 'en', { focus: 'media' }))).toBe('media');
    expect(allText(answerCard(r, 'zh-TW', { focus: 'media' }))).toContain('媒體路徑');
  });

  it('marks the slots the user did not state as not asked', () => {
    const stated: PartialScenario = { deployment: 'online', callType: 'conference', organizer: 'otherCompany' };
    const r = answer(stated);
    const assumed = Object.keys(r.scenario).filter((slot) => !(slot in stated));
    expect(assumed.length).toBeGreaterThan(0);
    expect(allText(answerCard(r, 'en', { stated }))).toContain("(not asked: it doesn't change the paths)");
    expect(allText(answerCard(r, 'en', { stated: r.scenario }))).not.toContain('not asked');
  });

  it('offers what-if, start over and the other language', () => {
    const r = answer({ deployment: 'online', callType: 'conference', location: 'internet', organizer: 'online' });
    const data = submitsOf(answerCard(r, 'zh-TW'));
    expect(data.filter((d) => d.action === 'whatIf').map((d) => d.slot)).toEqual(['deployment', 'callType', 'location', 'organizer']);
    expect(data).toContainEqual({ action: 'restart' });
    expect(data).toContainEqual({ action: 'language', locale: 'en' });
    expect(data).not.toContainEqual({ action: 'back' });
  });

  it('inserts notice and data text literally, never as template expressions', () => {
    const r = answer({ deployment: 'online', callType: 'pstn', location: 'internet' });
    const card = answerCard(r, 'en', { notices: [{ tone: 'error', text: '${title} @{x}' }] });
    expect(allText(card)).toContain('${title} @{x}');
    expect(card.fallbackText.startsWith('${title} @{x}\n')).toBe(true);
  });
});
