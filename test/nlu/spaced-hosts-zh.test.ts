// "採購經理 發的會議", "會議由 協理 發起": a space written around the host, between Chinese runs, is no pause
// (spacedHosts.ts). Read as one, it cut the host off the hosting verb and the organizer was asked back although the
// message said it.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a space around the host keeps the host', () => {
  it.each([
    ['我們公司都是 Skype Online。我在辦公室參加 採購經理 發的會議，這樣走哪？', 'online'],
    ['全公司 SfB Online。研發主任 約的線上會議，我在座位上加入，訊號怎麼走？', 'online'],
    ['混合式部署。週會由 協理 發起（協理帳號已搬到 Online），我帳號在地端，在辦公室加入，路徑？', 'online'],
    ['混合式部署。今天的會議由 副理召開（副理是地端帳號），我帳號在地端，在公司加入，路徑？', 'onPremises'],
  ])('%s', (text, organizer) => {
    expect(slots(text).organizer).toBe(organizer);
  });

  it('a space elsewhere is still a pause', () => {
    // A place before the space is no host: the space stays, and nothing says who hosts.
    expect(slots('混合式部署，我帳號在地端。我在辦公室 開的會議走哪？').organizer).toBeUndefined();
  });
});
