// "Meeting of Thiago (he is on-premises user), Bruna and Rafael": a "meeting of" a list of people says who is in it,
// none of them its organizer (read as hosted by the first, it answered with an organizer nobody named). "Meeting of
// Thiago (on-prem)" alone, "the conference of Contoso" still name whose meeting it is.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a meeting of several people has no organizer said', () => {
  it.each([
    'We are hybrid. Meeting of Joao (he is on-premises user), Carla and Pedro. Carla is Online user in the office. Path for Carla?',
    'Hybrid. Meeting of Joao, Carla and Pedro; Joao is homed on-prem. Carla is an Online user in the office. Path for Carla?',
    'Hybrid setup. A meeting of Joao (on-prem) and Carla (Online, in the office). What path for Carla?',
  ])('%s', (text) => {
    const read = slots(text);
    expect(read.callType).toBe('conference');
    expect(read.organizer).toBeUndefined();
  });
});

describe('a meeting of one is still hosted by them', () => {
  it.each([
    ['Hybrid. Meeting of Joao (he is on-premises user). Carla is Online user and she is in the office. Path for Carla?', 'onPremises'],
    ['Hybrid. I join the meeting of Joao, who is homed on-prem, from the office. Path?', 'onPremises'],
  ])('%s', (text, organizer) => {
    expect(slots(text).organizer).toBe(organizer);
  });
});
