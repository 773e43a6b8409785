// The analyzer's items and their concepts come in one shape per kind (every field present, undefined when it does
// not apply): the rules read `item.kind` and `concept.kind` everywhere, and objects of many shapes make each of those
// reads a slow one in V8 (see inOneShape). A new concept field left out of inOneShape would be lost: these fail then.
import { Analyzer, englishForms, type Item } from '../../src/nlu/analyzer';
import { inOneShape, parseConcept, type Concept } from '../../src/nlu/concepts';
import { loadModel } from '../../src/nlu/model';
import { VOCABULARY } from '../../src/nlu/vocabulary';

const ids = [...new Set(Object.values(VOCABULARY.concepts).flatMap((byConcept) => Object.keys(byConcept)))];

describe('concepts in one shape', () => {
  it('keeps every field and value of every concept of the vocabulary', () => {
    const lost = ids.flatMap((id) => {
      const parsed = parseConcept(id) as Concept;
      const shaped = inOneShape(parsed) as Record<string, unknown>;
      return Object.entries(parsed).filter(([field, value]) => shaped[field] !== value).map(([field]) => `${id}: ${field}`);
    });
    expect(lost).toEqual([]);
  });

  it('gives every concept the same fields in the same order', () => {
    const shapes = new Set(ids.map((id) => Object.keys(inOneShape(parseConcept(id) as Concept)).join(',')));
    expect(shapes.size).toBe(1);
  });
});

describe('items in one shape per kind', () => {
  const model = loadModel();
  const analyzer = new Analyzer(model.tables, englishForms(model.tables.aliases, model.tables.contractions));
  // Words known and unknown, capitalized names, brackets, quotes, list commas, a title character joined to a person
  // word (稽核員), a company named before 公司, a facility named before "site", 會 read as a meeting.
  const texts = [
    'Hi! My colleague Anil (homed on-prem) calls me from the Dublin site, "is that ok"? Xqzt blorp; media?',
    '稽核員在力拓公司開會，阿哲在家用 VPN 打給他：訊號、媒體走哪？「老闆的會」怎麼走',
    '1) user at home 2) peer in office - where does signaling go?',
  ];
  const items: Item[] = texts.flatMap((text) => analyzer.analyze(text).items);

  it.each(['mention', 'word', 'break'] as const)('%s items', (kind) => {
    const ofKind = items.filter((item) => item.kind === kind);
    expect(ofKind.length).toBeGreaterThan(2);
    expect(new Set(ofKind.map((item) => Object.keys(item).join(','))).size).toBe(1);
  });
});
