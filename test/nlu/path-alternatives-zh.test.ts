// 雲端 offered against a path asks which way the traffic goes, no one's homing: 「走本地還是雲端」 put the one called
// (or the writer) in the cloud. Near misses: a homing said of someone (同事是雲端帳號) stays theirs, and two homings
// offered (在地端還是雲端) say neither.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text, 'zh-TW').slots;

describe('a way asked about homes nobody', () => {
  it.each([
    'Hybrid 環境，我在公司打給在公司的同事，走本地還是雲端？',
    'Hybrid 環境，我在公司打給在公司的同事，走雲端還是走本地？',
    'Hybrid 環境，我在公司開會，會議走本地還是雲端？',
  ])('%s', (text) => {
    const read = slots(text);
    expect(read).toMatchObject({ location: 'customerNetwork', deployment: 'hybrid' });
    expect(read.homing).toBeUndefined();
    expect(read.peerHoming).toBeUndefined();
  });
});

describe('near misses: a homing said of someone', () => {
  it('is theirs beside a way asked about', () => {
    expect(slots('Hybrid 環境，我在公司打給在公司的同事，同事是雲端帳號，走本地還是 ER？')).toMatchObject({ peerHoming: 'online' });
  });

  it('two homings offered say neither', () => {
    const read = slots('Hybrid 環境，我在公司打給在公司的同事，同事帳號在地端還是雲端我不確定，走哪？');
    expect(read.peerHoming).toBeUndefined();
  });
});
