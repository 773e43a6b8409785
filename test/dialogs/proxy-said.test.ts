// 「有 Proxy」, "there's a proxy in between", "we go through a proxy" in a conversation: a proxy is one of the things
// that decide whether traffic takes ExpressRoute or the Internet. The blind judge of convs8 found 「有 Proxy」 "not
// understood" in a triage of traffic seen on the Internet (c8-14 t2). It gets the proxy check the triage gives, the
// triage kept. A proxy asked about as a term ("what is a PAC file?") or a why is read as before.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { ANSWERED, TRIAGED, startConversation } from './harness';
import { saidIn } from './cardReading';

const recognizer = createRecognizer();

describe.each([
  ['en', "there's a proxy"],
  ['en', 'we go through a web proxy'],
  ['zh-TW', '有 Proxy'],
  ['zh-TW', '我們有走代理伺服器'],
] as const)('%s: %s', (locale: Locale, text) => {
  it('in a triage: the proxy check, the triage kept', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(TRIAGED[locale]);
    const before = await conversation.session();
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'triage.checks.proxy'));
    expect(said).not.toContain(t(locale, 'dialog.notUnderstood'));
    expect((await conversation.session()).triage).toEqual(before.triage);
  });

  it('after an answer: the same check, nothing changed', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const before = (await conversation.session()).scenario;
    expect(saidIn(await conversation.say(text))).toContain(t(locale, 'triage.checks.proxy'));
    expect((await conversation.session()).scenario).toEqual(before);
  });
});

describe.each([
  ['en', 'what is a proxy server?'],
  ['zh-TW', '為什麼 proxy 會影響路徑？'],
] as const)('%s near miss: %s', (locale: Locale, text) => {
  it('is not the proxy check', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    expect(saidIn(await conversation.say(text))).not.toContain(t(locale, 'triage.checks.proxy'));
  });
});
