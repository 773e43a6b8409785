// A team's homing is its people's only (issue 15): 「財務部還在舊的 Lync pool，其他人都在 Online，我在家打給同事」 gave the
// colleague on-premises homing although nobody said the colleague is in 財務部 (a wrong answer after asking: the rest of
// the organization, 其他人, was read as one of the team's people). The team set against the rest still says the
// organization is split (Hybrid). Near misses: a colleague said to be of the team, the team itself called, and the
// writer of the team keep the team's homing.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text, 'zh-TW').slots;

describe('a team set against the rest homes nobody in the call', () => {
  it.each([
    '財務部還在舊的 Lync pool，其他人都在 Online，我在家打給同事，我的媒體走哪？',
    '業務部還在地端，其他同事都搬到 Online 了，我在公司打給在家的同事，我的訊號走哪？',
  ])('%s', (text) => {
    const read = slots(text);
    expect(read).toMatchObject({ deployment: 'hybrid', callType: 'peerToPeer' });
    expect(read.peerHoming).toBeUndefined();
    expect(read.homing).toBeUndefined();
  });
});

describe('near misses: someone of the team keeps its homing', () => {
  it.each([
    ['財務部還在舊的 Lync pool，其他人都在 Online，我在家打給財務部的同事，我的媒體走哪？', 'peerHoming'],
    ['財務部還在舊的 Lync pool，其他人都在 Online，我在家打給財務部，我的媒體走哪？', 'peerHoming'],
    ['財務部還在舊的 Lync pool，其他人都在 Online，我是財務部的，我在家打給同事，我的媒體走哪？', 'homing'],
  ])('%s', (text, slot) => {
    expect(slots(text)).toMatchObject({ deployment: 'hybrid', [slot]: 'onPremises' });
  });
});
