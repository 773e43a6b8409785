// 「住院醫師在醫院裡跟值班主任通話」: a caller said by a title of four characters (住院醫師, 駐站技師, 藥局藥師) is the user of the
// call, as a callee so said already was, so that the other one asked by name later (「值班主任那邊訊號走哪？」) is the other
// party (conv66v, a dev set: the caller's paths were shown, a wrong answer). Chinese only: an English title is no
// count of characters. Near miss: the caller asked by their title leads with the caller.
import { createRecognizer } from '../../src/nlu';
import { answeredFor } from './harness';

const recognizer = createRecognizer();

const OPENINGS = [
  ['我們是混合式部署。駐站技師在機房跟值班組長通話，兩人都在公司內網', '駐站技師是線上帳號，值班組長是地端的'],
  ['混合式。藥局藥師在院內跟病房主任講電話，都在醫院網路', '藥局藥師在線上，病房主任在地端'],
];

describe.each(OPENINGS)('%s / %s', (opening, homings) => {
  it('asked by the callee, leads with the other party', async () => {
    const asked = opening.includes('值班組長') ? '值班組長那邊訊號走哪？' : '病房主任那邊的媒體怎麼走？';
    expect(await answeredFor(recognizer, 'zh-TW', [opening, homings, asked])).toBe('peer');
  });
  it('near miss: asked by the caller, leads with the user', async () => {
    const asked = opening.includes('駐站技師') ? '駐站技師那邊訊號走哪？' : '藥局藥師那邊的媒體怎麼走？';
    expect(await answeredFor(recognizer, 'zh-TW', [opening, homings, asked])).not.toBe('peer');
  });
});
