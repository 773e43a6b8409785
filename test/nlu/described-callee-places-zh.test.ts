// "我在辦公室打給出差住在東京飯店的同事 Ken" (og1zh-45 asked where the writer was): two places of one description before
// "的" and the person ("出差 … 住在東京飯店的同事") are both that person's, so the first is not the writer's. A word for
// whom something is done before the second ("在公司給在家的同事", "在公司給本地部署帳號的同事") ends the description.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const DESCRIPTIONS = ['出差住在東京飯店的同事 Ken', '出差住在飯店的主管', '請假待在家裡的組員'];
const WRITERS: [string, 'customerNetwork' | 'internet'][] = [
  ['在辦公室', 'customerNetwork'],
  ['在總部座位上', 'customerNetwork'],
];

describe('both places of a description are the one described', () => {
  const grid = DESCRIPTIONS.flatMap((description) => WRITERS.map(([place, location]) => [`我們公司全部 Online。我${place}打給${description}，請問我這邊的訊號跟媒體？`, location] as const));
  it.each(grid)('%s -> %s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, peer: 'internet', deployment: 'online', callType: 'peerToPeer' });
  });
});

describe('negatives: a word for whom ends the description', () => {
  it('在公司給在家的同事打電話', () => {
    expect(slots('全部 Online。我在公司給在家的同事打電話，我這邊走哪？')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
  it('在公司給本地部署帳號的同事（他也在公司）打一對一', () => {
    expect(slots('混合部署，我帳號已經遷到 Online，在公司給本地部署帳號的同事（他也在公司）打一對一，信令走哪？')).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork', peerHoming: 'onPremises' });
  });
});
