// Cards are expanded from remembered templates and remembered expansions: the same data gives the same card, other
// data its own card, and a card one caller changes (or tries to) never reaches the next.
import { advise } from '../../src/engine';
import { answerCard, questionCard } from '../../src/cards';

const hybridConference = {
  deployment: 'hybrid',
  callType: 'conference',
  organizer: 'onPremises',
  homing: 'onPremises',
  location: 'internet',
} as const;

describe('card expansion cache', () => {
  it('gives the same card for the same data, and each locale and option its own', () => {
    const resolution = advise(hybridConference).resolution;
    if (!resolution) throw new Error('not answerable');
    const first = answerCard(resolution, 'en', { focus: 'media', stated: hybridConference });
    expect(answerCard(resolution, 'en', { focus: 'media', stated: hybridConference })).toEqual(first);
    const zh = answerCard(resolution, 'zh-TW', { focus: 'media', stated: hybridConference });
    expect(JSON.stringify(zh)).not.toBe(JSON.stringify(first));
    expect(answerCard(resolution, 'en', { focus: 'signaling', stated: hybridConference }).body).not.toEqual(first.body);
  });

  it('keeps notices to the card they were given to', () => {
    const notice = { tone: 'info', text: 'Changed: where you are' } as const;
    const withNotice = questionCard('organizer', ['online', 'onPremises'], 'en', { notices: [notice] });
    const without = questionCard('organizer', ['online', 'onPremises'], 'en');
    expect(JSON.stringify(withNotice)).toContain(notice.text);
    expect(JSON.stringify(without)).not.toContain(notice.text);
  });

  it('does not let a caller change a card for the next caller', () => {
    const card = questionCard('organizer', ['online', 'onPremises'], 'en');
    const question = card.body[0];
    expect(() => Object.assign(question, { text: 'tampered' })).toThrow(TypeError);
    card.body.push({ type: 'TextBlock', text: 'added by one caller' });
    const next = questionCard('organizer', ['online', 'onPremises'], 'en');
    expect(JSON.stringify(next)).not.toContain('added by one caller');
  });
});
