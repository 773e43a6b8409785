// Where the caller is, said with 從 ("from") before the company: 「我從公司打給在家的 Amy」, 「從公司打的」. 從 before
// 家裡 was read already; 公司 alone names the firm as often as the place (「公司是 Hybrid」), so it is the place only
// after 從. Leaving it (「從公司出來」, 「從公司回家」) says where someone was, not where they are: nothing.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const CALLS = ['打給在家的 Amy，一對一', '打給在飯店的同事，一對一', '撥外線給客戶', '加入主管開的會'];

describe('the caller at the company, said with 從', () => {
  it.each(CALLS.flatMap((call) => [`全公司 SfB Online，我從公司${call}，走哪？`, `全公司 SfB Online，我是從公司裡${call}，走哪？`]))('%s -> the caller is on our network', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', deployment: 'online' });
  });

  it('reads the same in English', () => {
    expect(slots("I'm calling from the office to Amy at home, all Online. Path?")).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
});

describe('near misses: leaving the company says no place', () => {
  it.each(['從公司出來', '從公司回家', '從公司離開', '從辦公室出發'].map((left) => `全公司 SfB Online，我剛${left}，打給在家的 Amy，一對一，走哪？`))('%s -> no place of the caller', (text) => {
    expect(slots(text)).not.toHaveProperty('location');
  });

  it('still reads the company network said with 從 as the network', () => {
    expect(slots('從公司網路')).toEqual({ location: 'customerNetwork' });
  });

  it('reads the company as the firm, not a place, without 從', () => {
    expect(slots('公司是 SfB Online，打給在家的 Amy，一對一，走哪？')).not.toHaveProperty('location');
  });
});
