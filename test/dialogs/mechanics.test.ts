// The dialog's mechanics, with a scripted recognizer: the question order comes from the engine, buttons are
// validated, the language is chosen and remembered, state survives turns. (Call-flow conversations with the real
// recognizer are in conversations.test.ts.)
import { MemoryStorage } from 'botbuilder';
import { advise, allowedValues, nextQuestions, resolve, type PartialScenario, type SlotName } from '../../src/engine';
import { slotQuestion, sourceText } from '../../src/present';
import { t } from '../../src/i18n';
import { startConversation } from './harness';
import { allText, imagesOf, kindOf, pathsOf, questionOf, sourceOf, submitsOf } from './cardReading';
import { ScriptedRecognizer } from './scriptedRecognizer';

const recognizer = () =>
  new ScriptedRecognizer({
    'which path?': { intent: 'ask' },
    'media for a hybrid call': { intent: 'ask', slots: { deployment: 'hybrid', callType: 'peerToPeer' }, focus: 'media' },
    online: { intent: 'ask', slots: { deployment: 'online' } },
    'on-prem': { intent: 'ask', slots: { homing: 'onPremises', deployment: 'hybrid' } },
    help: { intent: 'help' },
    back: { intent: 'back' },
  });

describe('questions come from the engine and buttons answer them', () => {
  it('asks nextQuestions()[0] each time, never an answered slot, until the engine resolves', async () => {
    const chat = startConversation({ recognizer: recognizer() });
    let cards = await chat.say('which path?');
    const scenario: PartialScenario = {};
    // Always pick the last button: a different path through the questions than the first values.
    for (let turn = 0; turn < 8 && kindOf(cards[0], 'en') === 'question'; turn++) {
      const question = questionOf(cards[0]);
      expect(question.slot).toBe(nextQuestions(scenario)[0]);
      expect(scenario).not.toHaveProperty(question.slot);
      expect(question.values).toEqual(allowedValues(question.slot as SlotName, scenario));
      expect(question.text).toBe(slotQuestion(question.slot as Exclude<SlotName, 'firewall'>, 'en'));
      const value = question.values[question.values.length - 1];
      Object.assign(scenario, { [question.slot]: value });
      cards = await chat.say({ submit: { action: 'answer', slot: question.slot, value } });
      expect(cards).toHaveLength(1);
    }
    const expected = resolve(scenario)!;
    expect(kindOf(cards[0], 'en')).toBe('answer');
    expect(sourceOf(cards[0])).toBe(sourceText(expected, 'en'));
    expect(pathsOf(cards[0], 'media')).toHaveLength(expected.media.length);
    expect((await chat.session()).scenario).toEqual(advise(scenario).scenario);
  });

  it('leads the answer with the traffic type the question was about', async () => {
    const chat = startConversation({ recognizer: recognizer() });
    let cards = await chat.say('media for a hybrid call');
    while (kindOf(cards[0], 'en') === 'question') {
      const { slot, values } = questionOf(cards[0]);
      cards = await chat.say({ submit: { action: 'answer', slot, value: values[0] } });
    }
    expect(allText(cards[0])).toContain('Media path');
    const body = JSON.stringify(cards[0].body);
    const media = body.indexOf('"id":"media"');
    const signaling = body.indexOf('"id":"signaling"');
    expect(media).toBeGreaterThan(-1);
    // Signaling comes after media, or (when it is not known yet) is left out and the card says what it depends on.
    if (signaling === -1) expect(allText(cards[0])).toContain('Signaling depends on what is not known yet');
    else expect(media).toBeLessThan(signaling);
  });

  it('takes a bare value typed as the answer to the question on screen', async () => {
    const chat = startConversation({ recognizer: recognizer() });
    await chat.say({ submit: { action: 'answer', slot: 'deployment', value: 'hybrid' } });
    await chat.say({ submit: { action: 'answer', slot: 'callType', value: 'peerToPeer' } });
    await chat.say({ submit: { action: 'answer', slot: 'location', value: 'customerNetwork' } });
    const cards = await chat.say({ submit: { action: 'answer', slot: 'peer', value: 'customerNetwork' } });
    expect(questionOf(cards[0]).slot).toBe('homing');
    // Out of context the recognizer reads "online" as the deployment; asked about homing, it is the homing.
    const next = await chat.say('online');
    expect((await chat.session()).scenario).toMatchObject({ deployment: 'hybrid', homing: 'online' });
    expect(questionOf(next[0]).slot).toBe('peerHoming');
    // With the deployment the recognizer infers from it: the fitting value answers, the rest is kept.
    await chat.say('on-prem');
    expect((await chat.session()).scenario).toMatchObject({ deployment: 'hybrid', homing: 'online', peerHoming: 'onPremises' });
    // The option's number answers too.
    await chat.say({ submit: { action: 'back' } });
    await chat.say('1');
    expect((await chat.session()).scenario.peerHoming).toBe('online');
  });

  it('answers typed labels in either language without the recognizer', async () => {
    const script = recognizer();
    const chat = startConversation({ recognizer: script });
    const asked = await chat.say({ submit: { action: 'answer', slot: 'callType', value: 'conference' } });
    expect(questionOf(asked[0]).slot).toBe('organizer');
    await chat.say('位於線上的使用者（在雲端主持）');
    expect((await chat.session()).scenario.organizer).toBe('online');
    expect(questionOf((await chat.say({ submit: { action: 'back' } }))[0]).slot).toBe('organizer');
    // Without the part in parentheses, any case and punctuation.
    await chat.say('an on-premises user!');
    expect((await chat.session()).scenario).toMatchObject({ organizer: 'onPremises', deployment: 'hybrid' });
    expect(script.heard).toEqual([]);
  });
});

describe('submitted data is validated', () => {
  const forged: [string, Record<string, unknown>][] = [
    ['an unknown value', { action: 'answer', slot: 'deployment', value: 'mars' }],
    ['an unknown slot', { action: 'answer', slot: 'planet', value: 'online' }],
    ['an unknown action', { action: 'format', disk: 'c:' }],
    ['a bad topic', { action: 'explain', topic: { kind: 'principle', principle: 9 } }],
    ['a bad language', { action: 'language', locale: 'xx' }],
    ['a what-if before any answer', { action: 'whatIf', slot: 'organizer' }],
    ['a prototype key', { action: 'answer', slot: '__proto__', value: 'online' }],
  ];
  it.each(forged)('%s gets a localized message and the question again', async (_name, data) => {
    const chat = startConversation({ recognizer: recognizer(), locale: 'zh-TW' });
    await chat.say({ submit: { action: 'answer', slot: 'deployment', value: 'online' } });
    const before = await chat.session();
    const cards = await chat.say({ submit: data });
    expect(cards).toHaveLength(1);
    expect(allText(cards[0])).toContain(t('zh-TW', 'dialog.invalidChoice'));
    expect(questionOf(cards[0]).slot).toBe(nextQuestions(before.scenario)[0]);
    expect(await chat.session()).toEqual(before);
  });

  it('refuses a message that is too long, politely', async () => {
    const chat = startConversation({ recognizer: recognizer() });
    const cards = await chat.say('x'.repeat(5000));
    expect(allText(cards[0])).toContain('That message is too long for me (5000 characters; the limit is 2000).');
    expect(kindOf(cards[0], 'en')).toBe('welcome');
  });

  it('explains a conflicting choice and keeps the earlier answer', async () => {
    const chat = startConversation({ recognizer: recognizer() });
    for (const [slot, value] of [['deployment', 'online'], ['callType', 'conference'], ['location', 'internet'], ['organizer', 'online']]) {
      await chat.say({ submit: { action: 'answer', slot, value } });
    }
    const cards = await chat.say({ submit: { action: 'answer', slot: 'organizer', value: 'onPremises' } });
    expect(allText(cards[0])).toContain(
      '“An on-premises user (hosted in your datacenter)” doesn\'t fit “Skype for Business Online”, so I left it out.',
    );
    expect(kindOf(cards[0], 'en')).toBe('answer');
    expect((await chat.session()).scenario.organizer).toBe('online');
  });
});

describe('language', () => {
  it.each([
    ['zh-TW', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-CN', 'en'],
    ['fr-FR', 'en'],
  ] as const)('activity.locale %s answers in %s', async (activityLocale, expected) => {
    const chat = startConversation({ recognizer: recognizer(), locale: activityLocale });
    const cards = await chat.say({ submit: { action: 'answer', slot: 'deployment', value: 'online' } });
    expect(questionOf(cards[0]).text).toBe(slotQuestion(nextQuestions({ deployment: 'online' })[0], expected));
  });

  it('follows the language the user types in, and keeps it for button clicks', async () => {
    const chat = startConversation({ recognizer: recognizer(), locale: 'en-US' });
    await chat.say('混合式部署的對等通話');
    const cards = await chat.say({ submit: { action: 'answer', slot: 'deployment', value: 'online' } });
    expect(questionOf(cards[0]).text).toBe(slotQuestion(nextQuestions({ deployment: 'online' })[0], 'zh-TW'));
  });

  it('remembers an explicit choice in user state, across conversations', async () => {
    const storage = new MemoryStorage();
    const first = startConversation({ recognizer: recognizer(), locale: 'en-US', storage, conversationId: 'first' });
    const switched = await first.say({ submit: { action: 'language', locale: 'zh-TW' } });
    expect(allText(switched[0])).toContain('好的，接下來我會用繁體中文回答。');
    // The explicit choice wins over the text's language too.
    const second = startConversation({ recognizer: recognizer(), locale: 'en-US', storage, conversationId: 'second' });
    const cards = await second.say('which path?');
    expect(questionOf(cards[0]).text).toBe(slotQuestion(nextQuestions({})[0], 'zh-TW'));
  });
});

describe('the answer card', () => {
  it('carries the diagram of the answered scenario when a public base URL is set', async () => {
    const chat = startConversation({ recognizer: recognizer(), locale: 'zh-TW', publicBaseUrl: 'https://advisor.example.com/' });
    for (const [slot, value] of [['deployment', 'cloudConnector'], ['callType', 'pstn'], ['location', 'customerNetwork']]) {
      await chat.say({ submit: { action: 'answer', slot, value } });
    }
    const cards = await chat.say({ submit: { action: 'answer', slot: 'location', value: 'customerNetwork' } });
    expect(imagesOf(cards[0])).toEqual([
      {
        url: 'https://advisor.example.com/diagram/zh-TW/deployment-cloudConnector_callType-pstn_location-customerNetwork.png',
        altText: expect.stringContaining('通話流程圖。訊號：使用者：本地（留在您的網路內）'),
      },
    ]);
  });

  it('offers a what-if per slot that can change, start over and the other language', async () => {
    const chat = startConversation({ recognizer: recognizer() });
    let cards = await chat.say({ submit: { action: 'answer', slot: 'callType', value: 'pstn' } });
    while (kindOf(cards[0], 'en') === 'question') {
      const { slot, values } = questionOf(cards[0]);
      cards = await chat.say({ submit: { action: 'answer', slot, value: values[0] } });
    }
    const submits = submitsOf(cards[0]);
    expect(submits.filter((d) => d.action === 'whatIf').map((d) => d.slot)).toEqual(['deployment', 'callType', 'location']);
    expect(submits).toContainEqual({ action: 'restart' });
    expect(submits).toContainEqual({ action: 'back' });
    expect(submits).toContainEqual({ action: 'language', locale: 'zh-TW' });
  });
});

describe('back and start over keep the conversation consistent', () => {
  it('says when there is nothing to take back', async () => {
    const chat = startConversation({ recognizer: recognizer() });
    const cards = await chat.say('back');
    expect(allText(cards[0])).toContain("There's no answer to take back yet.");
  });

  it('restores the scenario before the last answer, and start over forgets it', async () => {
    const chat = startConversation({ recognizer: recognizer() });
    await chat.say({ submit: { action: 'answer', slot: 'deployment', value: 'online' } });
    await chat.say({ submit: { action: 'answer', slot: 'callType', value: 'peerToPeer' } });
    const cards = await chat.say({ submit: { action: 'back' } });
    expect(allText(cards[0])).toContain('OK, I took back your last answer (Call type: Peer-to-peer call).');
    expect((await chat.session()).scenario).toEqual({ deployment: 'online' });
    const restarted = await chat.say({ submit: { action: 'restart' } });
    expect(kindOf(restarted[0], 'en')).toBe('welcome');
    expect(allText(restarted[0])).toContain("OK, let's start over.");
    expect((await chat.session()).scenario).toEqual({});
  });
});
