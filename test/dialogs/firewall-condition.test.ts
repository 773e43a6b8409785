// A match that holds only under the firewall the call has. Found by a blind judge: a peer-to-peer call, both clients
// on one site, with media relayed over ExpressRoute observed and a firewall between them said, was called "as the
// article describes" with no word that this holds only while the direct path between the clients is blocked. The
// triage card now says the condition whenever the other firewall would not give what was observed; where the
// firewall changes nothing (a conference, a PSTN call) it says nothing of it.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { saidIn } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

interface Case {
  locale: Locale;
  ticket: string;
  /** The condition the card must say, or none. */
  condition?: 'blocksDirect' | 'allowsDirect';
}

const CASES: Case[] = [
  {
    locale: 'en',
    ticket: 'Online tenant, 1:1 call between two colleagues on the same site, the firewall between floors blocks direct traffic. The capture shows the media relayed over ER through the Online Edge.',
    condition: 'blocksDirect',
  },
  {
    locale: 'zh-TW',
    ticket: '全部 Online。同一個據點的兩個同事一對一通話，樓層之間的防火牆擋住直接連線。封包擷取看到媒體經過線上 Edge 走 ExpressRoute。',
    condition: 'blocksDirect',
  },
  {
    locale: 'en',
    ticket: 'SfB Online. Two users both in the office, peer-to-peer call. Media stays local between the two clients, not over ER.',
    condition: 'allowsDirect',
  },
  {
    locale: 'zh-TW',
    ticket: '全部 Online。兩個同事都在公司，一對一通話，媒體在兩台電腦之間直接傳，沒有走 ER。',
    condition: 'allowsDirect',
  },
  // Near misses: the firewall changes nothing of what was observed.
  {
    locale: 'en',
    ticket: 'SfB Online. User at her desk in the office joins a meeting organized by an Online colleague; the capture shows the media going over ExpressRoute.',
  },
  {
    locale: 'zh-TW',
    ticket: '全部 Online。使用者在公司座位打 PSTN 市話，封包擷取看到媒體走 ExpressRoute。',
  },
];

describe.each(CASES)('$locale: $ticket', ({ locale, ticket, condition }) => {
  it(condition ? `says the match holds only while the direct path is ${condition}` : 'says nothing of the firewall', async () => {
    const conversation = startConversation({ recognizer, locale });
    const replies = await conversation.say(ticket);
    const text = saidIn(replies);
    expect(text).toContain(t(locale, 'triage.summary.matches'));
    for (const firewall of ['blocksDirect', 'allowsDirect'] as const) {
      const said = text.includes(t(locale, `triage.summary.holdsOnlyIf.${firewall}`));
      expect(said).toBe(firewall === condition);
    }
  });
});
