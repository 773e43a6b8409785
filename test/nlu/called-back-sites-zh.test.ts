// A site of ours called back to, to reach someone there (issue 15, session 54): "Skype 打回分行找襄理", "撥回總部找主任",
// "打回門市給店長". The site is where the one called is; read as the writer's, it stood against where they said they
// were ("在客戶家", "用手機熱點"), and both places were asked again.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const away = ['我今天在客戶家', '我人在高鐵上，用手機熱點', '我在家', '我出差住飯店'];
const calls = ['Skype 打回分行找襄理', '用 Skype 撥回總部找主任', 'Skype 打回門市給店長', '打 Skype 回辦公室找經理'];

describe('a site called back to, to reach someone: where the one called is', () => {
  it.each(away.flatMap((where, k) => [0, 1].map((d) => [`公司是 Skype Online。${where}，${calls[(k + d) % calls.length]}，我這邊的路徑是？`])))('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', peer: 'customerNetwork', deployment: 'online', callType: 'peerToPeer' });
  });
});

describe('negatives: going back to a site is where the writer goes', () => {
  it.each([
    '公司是 Skype Online。我等一下回總部，再打 Skype 給在家的同事，我這邊的路徑是？',
    '公司是 Skype Online。我回到辦公室以後打 Skype 給在家的經理，我這邊的路徑是？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
});
