// An answer that holds whatever an unasked slot is (the engine assumes its best-documented value) offers the what-ifs
// of the answer's own scenario, assumed value included; every button it shows must then be accepted. (Found by the
// fuzz test: "Change: direct path between clients" after a Hybrid conference answer was refused as "not valid".)
import { advise } from '../../src/engine';
import { changeableSlots, type AdaptiveCard } from '../../src/cards';
import { t, type Locale } from '../../src/i18n';
import { allText, kindOf, questionOf, submitsOf } from './cardReading';
import { startConversation, type Conversation } from './harness';
import { ScriptedRecognizer } from './scriptedRecognizer';

const stated = { deployment: 'hybrid', callType: 'conference', homing: 'onPremises', location: 'internet' } as const;

/** A conversation that reached the answer for `stated` by clicking the question cards' buttons. */
async function answered(locale: Locale): Promise<{ conversation: Conversation; answer: AdaptiveCard }> {
  const conversation = startConversation({ recognizer: new ScriptedRecognizer({}), locale });
  let cards: AdaptiveCard[] = [];
  for (const [slot, value] of Object.entries(stated)) cards = await conversation.say({ submit: { action: 'answer', slot, value } });
  expect(kindOf(cards[0], locale)).toBe('answer');
  return { conversation, answer: cards[0] };
}

it('is the case: the answer assumes the organizer, and the firewall matters only given that assumption', () => {
  const resolution = advise(stated).resolution;
  expect(resolution?.assumed).toContain('organizer');
  expect(changeableSlots(resolution!.scenario)).toContain('firewall');
  expect(changeableSlots(stated)).not.toContain('firewall');
});

it.each(['en', 'zh-TW'] as const)('accepts every what-if button the answer shows (%s), the firewall one too', async (locale) => {
  const whatIfs = submitsOf((await answered(locale)).answer).filter((data) => data.action === 'whatIf');
  expect(whatIfs.map((data) => data.slot)).toContain('firewall');
  for (const whatIf of whatIfs) {
    const { conversation } = await answered(locale);
    const [reply] = await conversation.say({ submit: whatIf });
    expect(allText(reply)).not.toContain(t(locale, 'dialog.invalidChoice'));
    expect(kindOf(reply, locale)).toBe('question');
    expect(questionOf(reply).slot).toBe(whatIf.slot);
  }
});
