// A meeting's host homed in an aside about them: "the COO, who got moved over to Skype Online" (a move said of the
// one moved, movedAccounts.ts) and 「經理還在地端 Front End 上」 (someone said to be in the on-premises server, however
// the server is named, machines.ts). class-host's writers saw both asked back for the organizer.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slotsOf = (text: string, locale: 'en' | 'zh-TW') => recognizer.recognize(text, locale).slots;

describe("the host's homing said in an aside about them", () => {
  it.each([
    ['en', "Hybrid. The quarterly review was set up by our COO, who got moved over to Skype Online in May. I'm on-prem, at HQ. Path?", 'online'],
    ['en', 'Hybrid. Priya, who was migrated across to SfB Online last month, set up the design sync. I\'m on-prem, at HQ. Path?', 'online'],
    ['en', "Hybrid. The training was booked by Leo, who got moved up to Skype Online. I'm on-prem, joining from home. Path?", 'online'],
    ['zh-TW', '混合式。週會是經理開的，他還在地端 Front End 上。我是 Online 帳號，在公司。路徑？', 'onPremises'],
    ['zh-TW', '混合部署。說明會是 Amy 主持的，Amy 的帳號也在地端的 Front End 上。我 Online，在家。路徑？', 'onPremises'],
    ['zh-TW', '桃園廠週會是廠長開的，廠長帳號還沒搬，還在地端 Front End 上。我是 Online 帳號，人在桃園廠。混合部署。路徑？', 'onPremises'],
  ])('%s: %s', (locale, text, organizer) => {
    expect(slotsOf(text, locale as 'en' | 'zh-TW').organizer).toBe(organizer);
  });
});

describe('near misses: no one is said to be homed there', () => {
  it.each([
    ['en', "Hybrid. We moved over to Skype Online for most users last year. The review was set up by Ken. I'm on-prem, at HQ. Path?"],
    ['zh-TW', '我在家，地端的 Front End 昨天重開機。混合式，Skype 會議路徑？'],
    ['zh-TW', '混合式。經理開的會，地端 Front End 在台北機房。我 Online，在公司。路徑？'],
  ])('%s: %s', (locale, text) => {
    expect(slotsOf(text, locale as 'en' | 'zh-TW').organizer).toBeUndefined();
  });
});
