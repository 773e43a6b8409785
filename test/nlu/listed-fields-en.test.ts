// Asked back in the organizer set (dev26 og1en-19): "- hybrid\n- meeting organizer = Greta, she's a cloud user\n- me =
// on-prem user, working from the Ghent branch office". A field's label opens its line past a bullet's mark ("- ");
// the person word after "me:" or "organizer:" is the one labelled, past where they are homed ("on-prem user"). Before,
// "- meeting organizer: Greta (Online)" read as a call between two people, and "Organizer: Online user, at home" too.
import { createRecognizer } from '../../src/nlu';
import { product } from './grids/grid';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const BULLETS = ['- ', '* ', ''];
const LABELS = ['meeting organizer', 'organizer', 'organiser'];
const SEPARATORS = [': ', ' = '];
const HOSTS: readonly [string, 'online' | 'onPremises'][] = [
  ["Greta, she's a cloud user", 'online'],
  ['Greta (Online)', 'online'],
  ['Online user, at home', 'online'],
  ['on-prem user, working from home', 'onPremises'],
];
const ME: readonly [string, 'online' | 'onPremises'][] = [
  ['on-prem user, working from the Ghent branch office on our MPLS WAN', 'onPremises'],
  ['Online user, in the Ghent branch office', 'online'],
];

describe('a list of fields names the organizer and the writer', () => {
  it.each(product<string>([BULLETS, LABELS, SEPARATORS]))('"%s%s%s…"', (bullet, label, separator) => {
    for (const [host, organizer] of HOSTS) {
      for (const [me, homing] of ME) {
        const text = `${bullet}hybrid\n${bullet}${label}${separator}${host}\n${bullet}me${separator}${me}\nsignaling path? media path?`;
        expect({ text, slots: slots(text) }).toEqual({
          text,
          slots: { location: 'customerNetwork', homing, organizer, deployment: 'hybrid', callType: 'conference' },
        });
      }
    }
  });

  it.each([
    ['- 混合式部署\n- 召集人：Online 使用者，在家\n- 我：地端使用者，在根特分公司\n路徑？', 'online', 'onPremises'],
    ['混合式部署。\n會議召集人：地端使用者，在家。\n我：Online 使用者，在分公司。\n路徑？', 'onPremises', 'online'],
  ])('in Chinese: %s', (text, organizer, homing) => {
    expect(slots(text)).toEqual({ location: 'customerNetwork', homing, organizer, deployment: 'hybrid', callType: 'conference' });
  });
});

describe('what is no field', () => {
  it('a label inside a sentence, after a comma', () => {
    expect(slots('Hybrid, and the organizer, Online user, calls me; I am an on-prem user in the office. Path?')).not.toHaveProperty('organizer', 'onPremises');
  });

  it('a person word after the writer’s label, with a place only, is still the writer', () => {
    expect(slots('- hybrid\n- me: on-prem user, working from home\n- calling Ana, Online user, in the office\npath?')).toMatchObject({ location: 'internet', homing: 'onPremises', callType: 'peerToPeer' });
  });
});
