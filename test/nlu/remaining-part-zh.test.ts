// 「只剩客服中心還在地端」: a part said to be all that remains on one side splits the organization, and the whole said
// beside it (「全部搬上雲」) is everyone but that part (src/nlu/remainingPart.ts; zh43-8's shape was read as all Online,
// so a writer of that part would have been answered as Online). The writer or a person who remains keeps their own.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text, 'zh-TW').slots;
const CALL = '我在辦公室打 Skype 給在家的同事，我這端走哪？';

describe('what remains splits the organization: Hybrid, nobody in the call homed by it', () => {
  it.each([
    `去年已經全部搬上雲，只剩客服中心還在地端。${CALL}`,
    `全部都搬上雲了，只剩下財務處還在舊的 pool。${CALL}`,
    `只剩客服中心還在地端。${CALL}`,
    `全部搬上雲，只剩 Ken 還在地端。${CALL}`,
  ])('%s', (text) => {
    const read = slots(text);
    expect(read).toMatchObject({ deployment: 'hybrid', location: 'customerNetwork', peer: 'internet' });
    expect(read.homing).toBeUndefined();
  });
});

describe('near misses', () => {
  it('the writer who remains keeps their own homing', () => {
    expect(slots(`去年已經全部搬上雲，只剩我還在地端。${CALL}`)).toMatchObject({ deployment: 'hybrid', homing: 'onPremises' });
  });
  it('the whole with nothing remaining stays everyone Online', () => {
    expect(slots(`去年已經全部搬上雲。${CALL}`)).toMatchObject({ deployment: 'online' });
  });
});
