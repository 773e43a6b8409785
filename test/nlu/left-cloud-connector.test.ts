// Cloud Connector left ("if we dropped CCE", "got rid of the Cloud Connector", 「如果不用 CCE」, 「CCE 拿掉」): the words
// of the class `leaving` beside it take it out of service, as "retired" does, and the deployment is then Online (its
// users are homed Online; without it their calls take Phone System in the cloud). The blind judge of convs12 found
// "dropped CCE and used Phone System in the cloud" read as Cloud Connector still (c12-5 t4). A move of everyone supposed
// at a time ahead (「假設明年全部搬到 Online」) is the case asked about; one beside a question about now is a plan.
import classesEn from '../../locales/vocabulary/classes.en.json';
import classesZh from '../../locales/vocabulary/classes.zh-TW.json';
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

describe.each(classesEn.leaving.map((word) => [word]))('en: what if we %s CCE', (word) => {
  it('is an Online deployment', () => {
    expect(recognizer.recognize(`what if we ${word} CCE, same PSTN call from the office?`).slots.deployment).toBe('online');
  });
});

describe.each(classesZh.leaving.map((word) => [word]))('zh-TW: %s Cloud Connector', (word) => {
  it('said before it: an Online deployment', () => {
    expect(recognizer.recognize(`如果以後${word} CCE，一樣在公司打外線呢？`).slots.deployment).toBe('online');
  });
});

describe.each([
  ['假如 CCE 拿掉的話，在公司打外線呢'],
  ['要是 Cloud Connector 淘汰了，同一通外線呢'],
  ['and if we decommissioned the Cloud Connector appliances?'],
  ['假設明年全部搬到 Online，陳經理打外線會怎樣'],
  ['如果下半年大家都遷到 Online 呢？'],
])('%s', (text) => {
  it('is an Online deployment', () => {
    expect(recognizer.recognize(text).slots.deployment).toBe('online');
  });
});

describe.each([
  ['We run CCE. A user in the office calls an outside number and the call dropped, which paths?', 'cloudConnector'],
  ['CCE deployment: the user left the office and dials out from home', 'cloudConnector'],
  ['我們是 CCE 架構，使用者不在公司，在家打外線', 'cloudConnector'],
  ['我們明年會全部搬到 Online，現在混合式部署，我在公司打外線走哪？', 'hybrid'],
  ['如果她下個月搬到 Online，現在在家打給我走哪？', undefined],
] as const)('near miss: %s', (text, deployment) => {
  it('keeps the deployment said (or none)', () => {
    expect(recognizer.recognize(text).slots.deployment).toBe(deployment);
  });
});
