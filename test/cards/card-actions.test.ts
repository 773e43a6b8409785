// What card buttons submit is validated before use: only the shapes our cards send pass.
import { EXPLAIN_TOPICS, parseCardAction, sampleCards } from '../../src/cards';
import { submitsOf } from '../dialogs/cardReading';

describe('parseCardAction', () => {
  it('accepts everything our cards send', () => {
    for (const { card } of sampleCards()) {
      for (const data of submitsOf(card)) expect(parseCardAction(data)).toEqual(data);
    }
    for (const topic of EXPLAIN_TOPICS) expect(parseCardAction({ action: 'explain', topic })).toEqual({ action: 'explain', topic });
  });

  it('drops fields it does not know', () => {
    expect(parseCardAction({ action: 'restart', extra: 1 })).toEqual({ action: 'restart' });
  });

  it.each([
    null,
    'restart',
    42,
    [],
    { action: 'answer', slot: 'deployment' },
    { action: 'answer', slot: 'deployment', value: 'Online' },
    { action: 'answer', slot: 'toString', value: 'online' },
    { action: 'whatIf', slot: 'hasOwnProperty' },
    { action: 'language', locale: 'zh-CN' },
    { action: 'explain', topic: { kind: 'segment', segment: 'moon' } },
    { action: 'explain', topic: { kind: 'caveat', caveat: 'x' } },
    { action: 'explain' },
    { action: 'delete' },
  ])('rejects %j', (data) => {
    expect(parseCardAction(data)).toBeNull();
  });
});
