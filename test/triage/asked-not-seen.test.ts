// A yes/no question that names a path is no observation in written Cantonese (「係咪…㗎？」) or Taiwanese (「敢會…？」)
// either: their colloquial words read as the Mandarin ones ("是不是", "會不會"), as the recognizer reads them. Found by
// an outside try with a fresh writer's inputs; these sentences are written for this test. What a ticket says was seen,
// in the same words, still is an observation; so is a claim put with a confirmation tag ("…, correct?"): the triage
// checks it against the article, as the blind triage tickets expect.
import { readObservations } from '../../src/nlu/observations';
import type { Observation } from '../../src/engine';

const QUESTIONS = [
  '我哋用緊 ExpressRoute，同客開會嗰陣 video 係咪行 ER 㗎？',
  '佢喺屋企開會，啲聲音係咪經 Internet？',
  '阮佇辦公室開會，媒體敢會行 ER？',
  '伊佇厝，訊號敢是走網際網路？',
];

const media = (rest: Partial<Observation>): Observation => ({ traffic: 'media', party: 'user', ...rest });
const signaling = (rest: Partial<Observation>): Observation => ({ traffic: 'signaling', party: 'user', ...rest });

const STILL_SEEN: [string, Observation[]][] = [
  ['抓包睇到啲 media 冇經 ER', [media({ notPaths: ['expressRoute'] })]],
  ['我哋個訊號冇經 ER，唔知點解', [signaling({ notPaths: ['expressRoute'] })]],
  ['Right now the audio goes over the internet, and the ER graph is flat.', [media({ path: 'internet', notPaths: ['expressRoute'] })]],
  ['so media rides ER for everyone in the office, correct?', [media({ path: 'expressRoute' })]],
  ['True story: the media went over the internet the whole call. Why?', [media({ path: 'internet' })]],
];

describe('questions that name a path', () => {
  it.each(QUESTIONS)('reads no observation in %j', (text) => {
    expect(readObservations(text)).toEqual([]);
  });
});

describe('what was seen, said the same way', () => {
  it.each(STILL_SEEN)('%s', (text, expected) => {
    expect(readObservations(text)).toEqual(expected);
  });
});
