// "3:58 PM" in a quoted mail's "On Mon, Nov 30, 2026 at 3:58 PM Lisa Brandt wrote:" read "PM" as a person (a project
// manager), and the quoted question about building a CQD report became an explain question (round 31's hostile set).
// After a clock time, "am" and "pm" tell the half of the day; anywhere else "PM" is still the project manager.
import { Analyzer, englishForms } from '../../src/nlu/analyzer';
import { loadModel } from '../../src/nlu/model';
import { createRecognizer } from '../../src/nlu';
import { foldText } from '../../src/nlu/text';

const model = loadModel();
const analyzer = new Analyzer(model.tables, englishForms(model.tables.aliases, model.tables.contractions));
const recognizer = createRecognizer();

const parties = (text: string) => analyzer.analyze(text).items.filter((item) => item.kind === 'mention' && item.concept.kind === 'party').map((item) => (item.kind === 'mention' ? item.surface : ''));

describe('a time of day', () => {
  it.each(['at 3:58 PM', 'at 3:58 pm', 'the 10 am standup', 'sent 9:15 AM', 'at 11:30 p.m.'])('%s names no one', (text) => expect(parties(text)).toEqual([]));
  it.each([
    ['our PM is at home', ['pm']],
    ['the PM at 3 is at home', ['pm']],
    ['I am at home', ['i']],
  ])('%s still names %j', (text, want) => expect(parties(text)).toEqual(want));
});

it.each([
  '> > On Mon, Nov 30, 2026 at 3:58 PM Lisa Brandt wrote:\n> > Can someone tell me how to build a CQD report that splits poor calls by ExpressRoute vs Internet?',
  'On Tue, Dec 1, 2026 at 4:40 PM Omar Haddad wrote:\nCan someone tell me how to build a CQD report?',
])('a quoted question outside the subject stays out of scope: %s', (text) => {
  const r = recognizer.recognize(text);
  expect({ intent: r.intent, slots: r.slots }).toEqual({ intent: 'none', slots: {} });
});

describe("a quoted mail's header keeps its sender, not its date", () => {
  it.each([
    // The address's domain is a host name, left out too (see 'host names' below).
    ['> On Mon, Nov 30, 2026 at 3:58 PM Lisa Brandt <lisa.brandt@contoso.com> wrote:', '> Lisa Brandt <lisa.brandt@ > wrote:'],
    ['On Nov 30, 2026, at 15:58, Lisa Brandt wrote:', 'Lisa Brandt wrote:'],
    ['On 30/11/2026 15:58, Lisa Brandt wrote:', 'Lisa Brandt wrote:'],
  ])('%s', (header, kept) => expect(foldText(`${header}\nI'm at home`)).toBe(`${kept}\nI'm at home`));

  it.each(['On Monday Lisa wrote: I am at home', 'On Nov 30 the call went over the Internet', 'On 3rd floor, Lisa wrote:'])('not %s', (text) => expect(foldText(text)).toBe(text));

  it("still makes the quote's I its sender", () => {
    const r = recognizer.recognize('On Mon, Nov 30, 2026 at 9:12 AM Priya Raman wrote:\n> I am at home today. We are all on Skype for Business Online. I call Ken, who is in the office. What path does my media take?');
    expect(r.slots).toMatchObject({ location: 'internet', peer: 'customerNetwork', callType: 'peerToPeer' });
  });
});

// Round 31's hostile set: a quoted thread asking how to build a CQD report, with "+1" on a line of its own under it,
// became an explain question (the "1" a number). A line that only agrees says nothing; in a chat, "+1" under its
// writer's name is still that writer saying the same as the one before.
describe('a line that only agrees', () => {
  it.each([
    '> > Can someone tell me how to build a CQD report that splits poor calls by ExpressRoute vs Internet?\n> No idea, ask the bot\n> +1\n??',
    'Can someone tell me how to build a CQD report that splits poor calls by ExpressRoute vs Internet?\n+1',
  ])('is no fact: %s', (text) => expect(recognizer.recognize(text).intent).toBe('none'));

  it('under a chat writer it is that writer saying the same', () => {
    const r = recognizer.recognize('We are all on Skype for Business Online.\nNoor, 10:02\nI am at home on my own wifi\nKen, 10:03\n+1\nKen calls Noor. What path does Ken\'s media take?');
    expect(r.slots).toMatchObject({ location: 'internet', peer: 'internet', callType: 'peerToPeer' });
  });
});

// convs8's blind judge (c8-7): a helpdesk pasted "there's a PAC file, it sends *.lync.com DIRECT" after "we're all
// SfB Online", and "lync" in the host name read as the on-premises product: the deployment became Hybrid and the user
// homed on-premises. Host names are names of machines, not words.
describe('host names', () => {
  it.each([
    ["we're all SfB Online. there's a PAC file, it sends *.lync.com DIRECT and our default route is the ISP", { deployment: 'online' }],
    ['全部都是 Online，PAC 檔把 sipdir.online.lync.com 設成 DIRECT', { deployment: 'online' }],
  ])('say nothing: %s', (text, want) => expect(recognizer.recognize(text).slots).toEqual(want));

  it.each(['we are on Lync 2013 on-prem, I am homed on the Lync pool', '我們還在用 Lync 地端'])('the product named is still read: %s', (text) =>
    expect(recognizer.recognize(text).slots.homing).toBe('onPremises'),
  );
});
