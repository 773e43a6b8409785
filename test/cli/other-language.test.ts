// A hostile set (session 51) asked the command line in languages the advisor does not read and got the call type asked
// for, as if the text said nothing. The reply says which languages are read, in the language the request names, else
// the command line's (a Japanese text is no Chinese one); what could be read is kept, nothing is asked of the rest.
import { t } from '../../src/i18n';
import { callflow, jsonLines } from './run-cli';

describe('a question in a language the advisor does not read', () => {
  const lines = [
    { id: 'ko', text: '회사 밖에서 회의에 들어가면 미디어는 어떤 경로로 가나요?' },
    { id: 'fr', text: 'Par où passe le son quand je parle avec un collègue ?' },
    { id: 'ja', text: 'いえから でんわを かけると どうなりますか', locale: 'zh-TW' },
    { id: 'ja-facts', text: 'CCE 環境で、オフィスから PSTN へ電話をかけるとシグナリングはどうなりますか？' },
    { id: 'es-seen', text: 'Cuando estoy en casa en una reunión con CCE, el audio pasa por ExpressRoute?' },
    { id: 'en', text: 'Дмитрий calls me from the office, both of us Online: which way does the media go?' },
  ];
  const out = jsonLines(callflow(['ask', '--json', '-'], lines.map((line) => JSON.stringify(line)).join('\n') + '\n').stdout);
  const [ko, fr, ja, jaFacts, esSeen, en] = out;

  it('with nothing read: which languages are read, nothing asked', () => {
    expect(ko).toMatchObject({ locale: 'en', intent: 'none', slots: {}, missing: [], otherLanguage: t('en', 'dialog.otherLanguage') });
    expect(fr).toMatchObject({ locale: 'en', intent: 'none', slots: {}, otherLanguage: t('en', 'dialog.otherLanguage') });
    expect(ja).toMatchObject({ locale: 'zh-TW', intent: 'none', otherLanguage: t('zh-TW', 'dialog.otherLanguage') });
  });

  it('with facts read: kept, in the command line language, said to be all that was read', () => {
    expect(jaFacts).toMatchObject({ locale: 'en', intent: 'ask', slots: { deployment: 'cloudConnector', callType: 'pstn' }, otherLanguage: t('en', 'cli.otherLanguageRead') });
    // A path said in words not read is no path seen.
    expect(esSeen).toMatchObject({ otherLanguage: t('en', 'cli.otherLanguageRead'), slots: { location: 'internet' } });
    expect(esSeen.triage).toBeUndefined();
  });

  it('never for English with a name in another script', () => {
    expect(en.otherLanguage).toBeUndefined();
  });

  it('says it in words too', () => {
    const r = callflow(['ask', '회사 밖에서 회의에 들어가면 미디어는 어떤 경로로 가나요?']);
    expect(r.stdout.trim()).toBe(t('en', 'dialog.otherLanguage'));
    expect(callflow(['ask', 'CCE 환경에서 사무실에서 PSTN 전화를 걸면 신호는 어떻게 되나요?']).stdout.split('\n')[0]).toBe(t('en', 'cli.otherLanguageRead'));
  });
});
