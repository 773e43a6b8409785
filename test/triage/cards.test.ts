// Triage cards over the whole space: for every complete scenario and every media and signaling path a user could
// report, the triage card is a valid 1.5 card under Teams' size limit, and Slack's Block Kit made of it stays within
// Slack's limits; the triage buttons' data is validated like every card's.
import { parseCardAction, triageCard } from '../../src/cards';
import { adaptiveCardToBlocks } from '../../src/channels/slack/blockkit';
import { limitViolations, SLACK_LIMITS } from '../../src/channels/slack/blockkit-limits';
import { completions, PATH_KINDS, triage } from '../../src/engine';
import { LOCALE_LIST } from '../../src/i18n';
import { cardBytes, cardProblems, TEAMS_CARD_LIMIT_BYTES } from '../cards/validateCard';

describe.each(LOCALE_LIST)('triage cards in %s', (locale) => {
  it('are valid, small, and within Block Kit limits for every complete scenario and path reported', () => {
    const problems: string[] = [];
    let largest = 0;
    for (const s of completions({})) {
      for (const traffic of ['media', 'signaling'] as const) {
        for (const path of PATH_KINDS) {
          const result = triage(s, [{ traffic, party: 'user', path }]);
          if (result.kind === 'question') {
            problems.push(`${JSON.stringify(s)}: a complete scenario asks ${result.missing}`);
            continue;
          }
          const card = triageCard(result, locale, { publicBaseUrl: 'https://advisor.example.com', canGoBack: true });
          const name = `${JSON.stringify(s)} ${traffic} ${path}`;
          problems.push(...cardProblems(card).map((p) => `${name}: ${p}`));
          largest = Math.max(largest, cardBytes(card));
          const slack = adaptiveCardToBlocks(card);
          problems.push(...limitViolations(slack.blocks).map((v) => `${name}: ${JSON.stringify(v)}`));
          if (slack.blocks.length > SLACK_LIMITS.blocksPerMessage) problems.push(`${name}: ${slack.blocks.length} blocks`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(largest).toBeLessThan(TEAMS_CARD_LIMIT_BYTES);
  });
});

describe('the triage buttons\' data', () => {
  it.each([
    { action: 'observeLeg', traffic: 'video', party: 'user' },
    { action: 'observeLeg', traffic: 'media', party: 'attendees' },
    { action: 'observePath', path: 'sideways' },
    { action: 'observeNotPath' },
    { action: 'observeEdge', edge: true },
    { action: 'triageUnknown', slot: 'firewall' },
    { action: 'triageUnknown', slot: '__proto__' },
  ])('rejects %j', (data) => {
    expect(parseCardAction(data)).toBeNull();
  });

  it('keeps only the fields it knows', () => {
    expect(parseCardAction({ action: 'observePath', path: 'internet', extra: 1 })).toEqual({ action: 'observePath', path: 'internet' });
  });
});
