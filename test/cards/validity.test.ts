// Every card kind, in both locales, parses without errors or warnings in the official adaptivecards library,
// validates as version 1.5, has fallback and alt text, and stays under Teams' 28 KB. Answer cards are checked
// for every complete scenario the engine knows, with and without a focus and a diagram.
import { completions, resolve } from '../../src/engine';
import { LOCALE_LIST } from '../../src/i18n';
import { answerCard, sampleCards, type CardKind } from '../../src/cards';
import { articleUrl } from '../../src/present';
import { cardBytes, cardProblems, TEAMS_CARD_LIMIT_BYTES } from './validateCard';

const samples = sampleCards();

describe('sample cards', () => {
  it('cover every kind in both locales', () => {
    const kinds: CardKind[] = ['welcome', 'help', 'question', 'answer', 'explain', 'followUp', 'triageStep', 'triage'];
    for (const locale of LOCALE_LIST) {
      expect(new Set(samples.filter((s) => s.locale === locale).map((s) => s.kind))).toEqual(new Set(kinds));
    }
  });

  it.each(samples.map((s) => [`${s.locale} ${s.name}`, s.card] as const))('%s is a valid 1.5 card', (_name, card) => {
    expect(cardProblems(card)).toEqual([]);
  });
});

describe('answer cards for every complete scenario', () => {
  const answers = completions({}).map((scenario) => resolve(scenario)!);

  it.each(LOCALE_LIST)('are valid and small in %s', (locale) => {
    let largest = 0;
    for (const r of answers) {
      for (const card of [
        answerCard(r, locale, { canGoBack: true }),
        answerCard(r, locale, { focus: 'media', publicBaseUrl: 'https://advisor.example.com', notices: [{ tone: 'warning', text: '!' }] }),
      ]) {
        expect(cardProblems(card)).toEqual([]);
        largest = Math.max(largest, cardBytes(card));
      }
    }
    expect(largest).toBeLessThan(TEAMS_CARD_LIMIT_BYTES);
  });
});

describe('the validator itself', () => {
  it('catches what it must catch', () => {
    const card = samples[0].card;
    expect(cardProblems({ ...card, version: '1.6' })).toContain('version 1.6');
    expect(cardProblems({ ...card, fallbackText: '' })).toContain('no fallbackText');
    expect(cardProblems({ ...card, body: [{ type: 'Image', url: 'https://x.test/a.png' }] })).toContain('image without altText');
    expect(cardProblems({ ...card, body: [{ type: 'Carousel', pages: [] }] }).join()).toMatch(/Unknown element type "Carousel"/);
    expect(cardProblems({ ...card, body: [{ type: 'TextBlock', text: '${unbound}' }] })).toContain('unbound template expression');
    expect(cardProblems({ ...card, body: [{ type: 'TextBlock', text: 'x'.repeat(TEAMS_CARD_LIMIT_BYTES) }] }).join()).toMatch(/bytes/);
    const unlinkedAnswer = { ...card, body: [{ type: 'Container', id: 'source', items: [{ type: 'TextBlock', text: 'Documented' }] }] };
    expect(cardProblems(unlinkedAnswer)).toContain('answer without a link to a real anchor of the article');
    const guessedAnchor = {
      ...unlinkedAnswer,
      actions: [{ type: 'Action.OpenUrl', title: 'x', url: `${articleUrl('en')}#call-flows-for-skype-for-business-teams` }],
    };
    expect(cardProblems(guessedAnchor)).toContain('answer without a link to a real anchor of the article');
  });
});
