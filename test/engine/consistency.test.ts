// The principles agree with the tables: for every complete scenario a table row states, derive() gives the row's
// per-party paths. The one exception is Cloud Connector row 1, where the article contradicts itself
// (see contradiction.test.ts).
import { advise, completions, derive, resolve, type Leg, type SlotValue } from '../../src/engine';
import { ALL_STATED_CASES } from './article-tables';
import { asStated, byParty } from './legs';

const isCcePstnInside = (table: string, row: number) => table === 'cloudConnector' && row === 1;

describe('derive() gives the paths each table row states', () => {
  const cases = ALL_STATED_CASES.filter((c) => !isCcePstnInside(c.row.table, c.row.row));

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const d = derive(advise(c.scenario).scenario);
    expect(asStated(d.signaling, c.signaling)).toEqual(byParty(c.signaling));
    expect(asStated(d.media, c.media)).toEqual(byParty(c.media));
  });
});

describe('derive() agrees with every answer the engine takes from a table row', () => {
  const firewalls: (SlotValue<'firewall'> | undefined)[] = [undefined, 'allowsDirect', 'blocksDirect'];
  const answered = completions({}).flatMap((c) =>
    firewalls.flatMap((firewall) => {
      const scenario = advise({ ...c, firewall }).scenario;
      const r = resolve(scenario);
      return r && r.source.kind === 'table' ? [{ scenario, r, table: r.source.table, row: r.source.row }] : [];
    }),
  );
  const legs = (list: readonly Pick<Leg, 'party' | 'path' | 'via' | 'to'>[]) =>
    byParty(list.map(({ party, path, via, to }) => ({ party, path, via, to })));

  it('finds table answers to compare, rows stated directly and rows that hold by the article rule', () => {
    expect(answered.some((a) => !a.r.derived)).toBe(true);
    expect(answered.some((a) => a.r.derived)).toBe(true);
  });

  it.each(answered.filter((a) => !isCcePstnInside(a.table, a.row)).map((a) => [JSON.stringify(a.scenario), a] as const))(
    '%s: same party, path, Edge and destination',
    (_name, a) => {
      const d = derive(a.scenario);
      expect(legs(d.signaling)).toEqual(legs(a.r.signaling));
      expect(legs(d.media)).toEqual(legs(a.r.media));
    },
  );
});
