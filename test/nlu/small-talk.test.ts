// Small talk that names a place ("anyone know if the office is closing early for the snow?") is out of scope: a
// place said of nobody, among words the vocabulary does not know, with nothing of a call, a meeting or traffic.
// A place given as an answer ("in the office", "at home on the VPN") or said of someone stays a question's fact.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

describe('a place in small talk', () => {
  it.each([
    'anyone know if the office is closing early for the snow? lol',
    'Is the canteen at HQ serving lunch today or is the kitchen still being refitted?',
    'reminder: the Leeds office parking lot gets resurfaced on Friday, bring your badge',
    'who left their umbrella in the office lobby yesterday evening',
  ])('%s', (text) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('none');
    expect(r.slots).toEqual({});
  });
});

describe('a place that answers or describes someone', () => {
  it.each([
    ['in the office', { location: 'customerNetwork' }],
    ['at home on the VPN', { location: 'customerNetwork' }],
    ['the user is in the Leeds office today', { location: 'customerNetwork' }],
    ['office; where does the media go when the snow closes the roads?', { location: 'customerNetwork' }],
  ])('%s', (text, slots) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('ask');
    expect(r.slots).toEqual(slots);
  });
});

describe('licensing, in either spelling', () => {
  it.each([
    'The client wants Teams Phone licences for 25 staff - which SKU do we quote?',
    'can we add a Phone System licence to E3 for the front office, or is E5 needed?',
    'how many calling licences are still unassigned?',
  ])('%s', (text) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('none');
    expect(r.slots).toEqual({});
  });
});

// How a call runs where someone is ("On the train to Leeds, Skype call keeps cutting out") is a report about the call,
// asked or not: the place is read and the advisor asks what else it needs. How something else runs there ("remote
// desktop to my PC is slow") is still out of scope.
const REPORT_PLACES: Record<'en' | 'zh', readonly [string, string][]> = {
  en: [
    ['On the train to Leeds', 'internet'],
    ['On the hotel Wi-Fi in Lisbon', 'internet'],
    ['Working from a café today', 'internet'],
    ['On my phone hotspot', 'internet'],
    ['In the Leeds office today', 'customerNetwork'],
    ['At HQ on the wired network', 'customerNetwork'],
    ['At the branch this morning', 'customerNetwork'],
  ],
  zh: [
    ['在高鐵上', 'internet'],
    ['週末在老家', 'internet'],
    ['用手機熱點', 'internet'],
    ['今天在總部', 'customerNetwork'],
    ['在分公司', 'customerNetwork'],
  ],
};
const CALL_REPORTS = {
  en: ['Skype call keeps cutting out.', 'Skype meeting audio keeps breaking up.', 'my Skype calls are really choppy.', 'the Skype call lags, why?'],
  zh: ['Skype 通話一直斷斷續續。', 'Skype 會議聲音很卡。', 'Skype 視訊一直 lag。'],
};
const OTHER_REPORTS = {
  en: ['Outlook keeps freezing.', 'remote desktop to my PC is slow.', 'SharePoint pages load really slowly.', 'the printer queue is stuck again.'],
  zh: ['Outlook 一直當掉。', '遠端桌面很慢。', '印表機又卡紙了。'],
};
const joined = (lang: 'en' | 'zh', place: string, report: string) => place + (lang === 'en' ? ', ' : '，') + report;

describe.each(['en', 'zh'] as const)('a report of how a call runs, with a place (%s)', (lang) => {
  it.each(REPORT_PLACES[lang].flatMap(([place, location]) => CALL_REPORTS[lang].map((report) => [joined(lang, place, report), location])))(
    '%s',
    (text, location) => {
      const r = recognizer.recognize(text);
      expect(r.intent).toBe('ask');
      expect(r.slots.location).toBe(location);
    },
  );
});

describe.each(['en', 'zh'] as const)('a report of how something else runs, with a place (%s)', (lang) => {
  it.each(REPORT_PLACES[lang].flatMap(([place]) => OTHER_REPORTS[lang].map((report) => joined(lang, place, report))))('%s', (text) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('none');
    expect(r.slots).toEqual({});
  });
});
