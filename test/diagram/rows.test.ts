// For every documented table row, the diagram shows the four segments, the boxes the answer involves, and each
// party's signaling (dashed) and media (solid) line through exactly the areas its route lists (an alternative route
// dotted), in both languages.
import { resolve, SEGMENTS, TABLE_ROWS } from '../../src/engine';
import { renderDiagramSvg } from '../../src/diagram';
import { DASH } from '../../src/diagram/catalog';
import { t, type Locale } from '../../src/i18n';
import { geometryProblems, legsOf } from './expectations';
import { readDiagram } from './svg-reading';

const LOCALES: Locale[] = ['en', 'zh-TW'];

const rows = TABLE_ROWS.map((row) => {
  const resolution = resolve(row.when);
  if (!resolution) throw new Error(`row ${row.table} ${row.row} does not resolve`);
  return { name: `${row.table} row ${row.row}`, resolution };
});

test('there are 15 documented rows', () => {
  expect(rows).toHaveLength(15);
});

describe.each(rows)('$name', ({ resolution }) => {
  describe.each(LOCALES)('%s', (locale) => {
    const drawn = readDiagram(renderDiagramSvg(resolution, locale));
    const legs = legsOf(resolution);

    test('is an accessible image with a title and a description of every leg', () => {
      expect(drawn.svg.getAttribute('role')).toBe('img');
      const ids = (drawn.svg.getAttribute('aria-labelledby') ?? '').split(' ');
      expect(ids.map((id) => drawn.document.getElementById(id)?.tagName)).toEqual(['title', 'desc']);
      const title = drawn.document.querySelector('svg > title')?.textContent ?? '';
      const desc = drawn.document.querySelector('svg > desc')?.textContent ?? '';
      expect(title).toContain(t(locale, 'diagram.title'));
      expect(title).toContain(t(locale, `slots.callType.values.${resolution.scenario.callType}`));
      for (const { leg } of legs) expect(desc).toContain(t(locale, `parties.${leg.party}`));
      expect(desc).toContain(t(locale, `paths.${legs[0].leg.path}`));
    });

    test('shows the four segments, named in the language, plus the other network only when a leg goes there', () => {
      for (const segment of SEGMENTS) {
        expect(drawn.zones.has(segment)).toBe(true);
        expect(drawn.zoneLabels.get(segment)).toBe(t(locale, `segments.${segment}.name`));
      }
      const routes = legs.flatMap(({ choice }) => choice.areas);
      for (const other of ['federatedNetwork', 'otherCompanyNetwork'] as const) {
        expect(drawn.zones.has(other)).toBe(routes.includes(other));
        if (routes.includes(other)) expect(drawn.zoneLabels.get(other)).toBe(t(locale, `diagram.zones.${other}`));
      }
    });

    test('draws one line per route: dashed for signaling, solid for media, dotted for an alternative, one colour per party', () => {
      expect(drawn.legs.map((l) => [l.party, l.traffic])).toEqual(legs.map(({ leg, traffic }) => [leg.party, traffic]));
      drawn.legs.forEach((line, i) => {
        const dash = legs[i].alternative > 0 ? DASH[legs[i].traffic].alternative : DASH[legs[i].traffic].first;
        expect(line.dash).toBe(dash);
      });
      const colours = new Map(drawn.legs.map((l) => [l.party, l.stroke]));
      expect(new Set(colours.values()).size).toBe(colours.size);
    });

    test("each line starts at its party's client, crosses exactly its route's areas, and ends where the leg ends", () => {
      expect(geometryProblems(drawn, resolution)).toEqual([]);
    });

    test('boxes are labelled in the language, and the key says each leg in words with its number', () => {
      for (const { leg } of legs) {
        expect(drawn.nodes.get(`client.${leg.party}`)?.text.replace(/ /g, '')).toBe(
          t(locale, `diagram.clients.${leg.party}`).replace(/ /g, ''),
        );
      }
      expect(drawn.keyRows.map((r) => r.number)).toEqual(legs.map((_, i) => i + 1));
      legs.forEach(({ leg, traffic, choice }, i) => {
        const text = drawn.keyRows[i].text;
        expect(text).toContain(t(locale, `parties.${leg.party}`));
        expect(text).toContain(t(locale, `traffic.${traffic}.name`));
        expect(text).toContain(t(locale, `paths.${choice.path}`));
        expect(drawn.legs[i].title).toContain(t(locale, `paths.${choice.path}`));
      });
      expect(drawn.document.querySelectorAll('g.badge').length).toBe(legs.length * 2);
    });
  });
});
