// Another organization's people placed by "them" (issue 15, nlu55): "跟 Litware 的 Ned 一對一，他在他們辦公室", "她在
// 她們公司", "Ken 在他們的工廠". Where "they" are is the other organization's own network when the text names one, or
// one of its people; said of our own people ("業務部的同事在他們辦公室") it is no other company.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const theirs = ['Contoso 的 Mark', 'Litware 的 Ned', 'Tailspin 那邊的 Ken', 'Northwind 的窗口', 'Fabrikam 的 CEO', '外部公司的人', '供應商的業務', '合作廠商的 PM'];
const rooms = ['他在他們辦公室', '他人在他們公司', '她在她們公司辦公室', '他在他們自己公司網路裡', '他會在他們的工廠', '她人在她們的辦公室', '他在他們自己的公司'];
const calls: [string, string][] = [['打給', ''], ['跟', '一對一'], ['用 Skype 跟', '講電話（一對一）']];

describe('a place of "them", with another organization named: the other party is federated', () => {
  it.each(theirs.flatMap((who, k) => [0, 1, 2].map((d) => {
    const [call, tail] = calls[(k + d) % calls.length];
    return [`全部 Online。我在總部${call}${who}${tail}，${rooms[(k + d) % rooms.length]}，我這端走哪？`];
  })))('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'federated', callType: 'peerToPeer' });
  });

  it.each(theirs.slice(0, 4).map((who, k) => [`全部 Online。我在家${calls[k % 3][0]}${who}${calls[k % 3][1]}（他們也是 Skype Online，${rooms[k]}），我這端走哪？`]))('in an aside: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', peer: 'federated' });
  });
});

describe('negatives: our own people in "their" office are no other company', () => {
  it.each([
    '全部 Online。我在總部跟業務部的同事一對一，他在他們辦公室，我這端走哪？',
    '全部 Online。我在家打給財務，她在她們辦公室，我這端走哪？',
    '全部 Online。我在家打給台中分公司的同事，他們在他們辦公室，我這端走哪？',
    '全部 Online。我在總部跟 HQ 的同事一對一，他在他們辦公室（同一個 WAN），我這端走哪？',
  ])('%s', (text) => {
    expect(slots(text).peer).not.toBe('federated');
  });
});
