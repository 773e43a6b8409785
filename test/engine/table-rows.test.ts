// Each of the article's 15 summary-table rows, asked as a user would: the engine answers with that row's paths,
// example flows and notes, and says the row is its source.
import { advise, exampleById, resolve } from '../../src/engine';
import { ALL_STATED_CASES, ARTICLE_ROWS } from './article-tables';
import { asStated, byParty } from './legs';

describe('the article has 15 summary-table rows, each checked here', () => {
  it('covers Online 1-8, Hybrid 1-5 and Cloud Connector 1-2', () => {
    expect(ARTICLE_ROWS.map((r) => `${r.table}:${r.row}`)).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `online:${n}`),
      ...[1, 2, 3, 4, 5].map((n) => `hybrid:${n}`),
      ...[1, 2].map((n) => `cloudConnector:${n}`),
    ]);
  });
});

describe.each(ALL_STATED_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const advice = advise(c.scenario);
  const resolution = resolve(c.scenario);

  it('needs no further question and advise() gives the same answer as resolve()', () => {
    expect(advice.conflicts).toEqual([]);
    expect(advice.missing).toEqual([]);
    expect(resolution).not.toBeNull();
    expect(advice.resolution).toEqual(resolution);
  });

  it('gives each party the signaling path the row states', () => {
    expect(asStated(resolution!.signaling, c.signaling)).toEqual(byParty(c.signaling));
  });

  it('gives each party the media path the row states', () => {
    expect(asStated(resolution!.media, c.media)).toEqual(byParty(c.media));
  });

  it('cites the row itself as a documented (not derived) source', () => {
    expect(resolution!.source).toEqual({ kind: 'table', table: c.row.table, row: c.row.row });
    expect(resolution!.derived).toBe(false);
  });

  it("links the row's example flows, with the article's anchors", () => {
    const linked = resolution!.examples.map((id) => ({ id, anchor: exampleById(id).anchor }));
    expect(linked).toEqual(c.row.examples);
  });

  it("shows the row's note exactly when the article's row has one", () => {
    const rowNotes = resolution!.notes.filter((n) => n.id === 'rowNote');
    expect(rowNotes).toEqual(c.row.hasNote ? [{ id: 'rowNote', table: c.row.table, row: c.row.row }] : []);
  });
});

describe('Hybrid row 3: the media path depends on which Edge ICE picks', () => {
  it('answers with the Online Edge the note assumes and shows the on-premises Edge alternative', () => {
    const row = ARTICLE_ROWS.find((r) => r.table === 'hybrid' && r.row === 3)!;
    expect(resolve(row.scenario)!.notes).toContainEqual({ id: 'edgeChoiceAlternative' });
  });
});
