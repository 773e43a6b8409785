// The principles agree with the tables: for every complete scenario a table row states, derive() gives the row's
// per-party paths. The one exception is Cloud Connector row 1, where the article contradicts itself
// (see contradiction.test.ts).
import { advise, completions, derive, resolve, type DerivedLeg, type Leg, type SlotValue } from '../../src/engine';
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
  type Words = Pick<Leg, 'path' | 'via' | 'to'>;
  const words = ({ path, via, to }: Words) => ({ path, via, to });
  /** What a table states of a leg: its words, Edge and end, and those of each alternative. */
  const legs = (list: readonly (Words & { party: Leg['party']; others?: readonly Words[] })[]) =>
    byParty(list.map((l) => ({ party: l.party, ...words(l), alternatives: l.others?.map(words) })));
  const derivedLegs = (list: readonly DerivedLeg[]) => legs(list.map((l) => ({ ...l, others: l.alternatives?.paths })));
  const answeredLegs = (list: readonly Leg[]) => legs(list.map((l) => ({ ...l, others: l.alternatives?.routes })));

  it('finds table answers to compare, rows stated directly and rows that hold by the article rule', () => {
    expect(answered.some((a) => !a.r.derived)).toBe(true);
    expect(answered.some((a) => a.r.derived)).toBe(true);
  });

  it.each(answered.filter((a) => !isCcePstnInside(a.table, a.row)).map((a) => [JSON.stringify(a.scenario), a] as const))(
    '%s: same party, path, Edge and destination, for every alternative too',
    (_name, a) => {
      const d = derive(a.scenario);
      expect(derivedLegs(d.signaling)).toEqual(answeredLegs(a.r.signaling));
      expect(derivedLegs(d.media)).toEqual(answeredLegs(a.r.media));
    },
  );
});
