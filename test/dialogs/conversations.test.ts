// Conversations with the advisor as data tables of [user says, bot replies], through DialogTestClient with the
// real recognizer, in English and Traditional Chinese. A reply is described by what its card shows: the question
// asked, or the answer's paths and source, or the kind of card, and texts it must contain.
import type { SlotName, TrafficType } from '../../src/engine';
import { createRecognizer } from '../../src/nlu';
import { slotQuestion } from '../../src/present';
import type { Locale } from '../../src/i18n';
import { startConversation, type Says } from './harness';
import { allText, kindOf, leadingTraffic, pathsOf, questionOf, sourceOf, type CardKind } from './cardReading';

type Reply =
  | { asks: Exclude<SlotName, 'firewall'> | 'firewall'; says?: string[] }
  | { answers: { signaling?: string[]; media?: string[]; source?: string; leads?: TrafficType }; says?: string[] }
  | { shows: Exclude<CardKind, 'question' | 'answer'>; says?: string[] };

/** What the user says, what the bot replies, and (after a language switch) the language it now answers in. */
type Row = [Says, Reply[]] | [Says, Reply[], { nowIn: Locale }];

interface Dialogue {
  /** The client's language (activity.locale). */
  locale: string;
  /** The language the bot is expected to answer in. */
  answersIn: Locale;
  rows: Row[];
}

const click = (slot: SlotName, value: string): Says => ({ submit: { action: 'answer', slot, value } });

const dialogues: Record<string, Dialogue> = {
  'en: a vague question, then button clicks': {
    locale: 'en-US',
    answersIn: 'en',
    rows: [
      ['Where does the media go when I join a conference?', [{ asks: 'organizer' }]],
      [click('organizer', 'online'), [{ asks: 'location' }]],
      [
        click('location', 'customerNetwork'),
        [
          {
            answers: {
              media: ['User: ExpressRoute'],
              signaling: ['User: ExpressRoute'],
              source: 'Documented: Skype for Business Online table, row 4',
              leads: 'media',
            },
            says: ['Media path', 'Online user on your network joining a conference hosted Online'],
          },
        ],
      ],
    ],
  },
  'en: the same by typed answers': {
    locale: 'en-US',
    answersIn: 'en',
    rows: [
      ['Where does the media go when I join a conference?', [{ asks: 'organizer' }]],
      ['an Online user', [{ asks: 'location' }]],
      ['on our network', [{ answers: { media: ['User: ExpressRoute'], source: 'Documented: Skype for Business Online table, row 4' } }]],
    ],
  },
  'en: typed answers that only make sense in context': {
    locale: 'en-US',
    answersIn: 'en',
    rows: [
      ['Which path does a peer-to-peer call take in a hybrid deployment?', [{ asks: 'peer' }]],
      ['on our network', [{ asks: 'location' }]],
      ['on our network too', [{ asks: 'homing' }]],
      ['online', [{ asks: 'peerHoming' }]],
      [
        'on-prem',
        [
          {
            answers: {
              signaling: ['User: ExpressRoute', 'Other party: Stays in your network'],
              media: ['User: Stays in your network', 'Other party: Stays in your network'],
              source: 'Documented: Skype for Business Hybrid table, row 2',
            },
          },
        ],
      ],
    ],
  },
  'en: a complete question answered at once': {
    locale: 'en-US',
    answersIn: 'en',
    rows: [
      [
        'In a hybrid deployment, a peer-to-peer call between two users on our network who are both homed on-premises',
        [
          {
            answers: {
              signaling: ['User: Stays in your network', 'Other party: Stays in your network'],
              media: ['User: Stays in your network', 'Other party: Stays in your network'],
              source: 'Documented: Skype for Business Hybrid table, row 1',
            },
          },
        ],
      ],
    ],
  },
  'en: what-if after an answer, and the Cloud Connector contradiction': {
    locale: 'en-US',
    answersIn: 'en',
    rows: [
      [
        'PSTN call with Cloud Connector Edition from the office',
        [
          {
            answers: { signaling: ['User: Stays in your network'], source: 'Documented: Cloud Connector Edition table, row 1' },
            says: ['The article disagrees with itself here'],
          },
        ],
      ],
      [
        'what if the user is at home?',
        [
          {
            answers: { signaling: ['User: Internet'], media: ['User: Internet'], source: 'Documented: Cloud Connector Edition table, row 2' },
            says: ["What changed: User's client is: On the Internet (home, hotel, coffee shop) (was: On your network)."],
          },
        ],
      ],
      [
        { submit: { action: 'whatIf', slot: 'deployment' } },
        [{ asks: 'deployment', says: ['Currently: Cloud Connector Edition'] }],
      ],
      [
        click('deployment', 'online'),
        [
          {
            answers: { signaling: ['User: Internet'], source: 'Documented: Skype for Business Online table, row 8' },
            says: ['What changed: Deployment: Skype for Business Online (was: Cloud Connector Edition).'],
          },
        ],
      ],
    ],
  },
  'en: back, help, nonsense and explain in the middle, then cancel': {
    locale: 'en-US',
    answersIn: 'en',
    rows: [
      ['Which path does a peer-to-peer call take in a hybrid deployment?', [{ asks: 'peer' }]],
      [click('peer', 'customerNetwork'), [{ asks: 'location' }]],
      ['back', [{ asks: 'peer', says: ['OK, I took back your last answer (Other party is: On your network).'] }]],
      ['help', [{ shows: 'help', says: ['What I can do'] }, { asks: 'peer' }]],
      ['the weather is lovely today', [{ asks: 'peer', says: ["Sorry, I didn't understand that as an answer to my question."] }]],
      ['what is ExpressRoute?', [{ shows: 'explain', says: ['Network segment: ExpressRoute'] }, { asks: 'peer' }]],
      ['start over', [{ shows: 'welcome', says: ["OK, let's start over."] }]],
    ],
  },
  'en: switching language mid-dialog': {
    locale: 'en-US',
    answersIn: 'en',
    rows: [
      ['Which path does a conference take?', [{ asks: 'organizer' }]],
      [{ submit: { action: 'language', locale: 'zh-TW' } }, [{ asks: 'organizer', says: ['好的，接下來我會用繁體中文回答。'] }], { nowIn: 'zh-TW' }],
    ],
  },
  'zh-TW: a vague question, then button clicks': {
    locale: 'zh-TW',
    answersIn: 'zh-TW',
    rows: [
      ['加入會議時媒體走哪一條路徑？', [{ asks: 'organizer' }]],
      [click('organizer', 'online'), [{ asks: 'location' }]],
      [
        click('location', 'internet'),
        [
          {
            answers: {
              media: ['使用者: 網際網路'],
              signaling: ['使用者: 網際網路'],
              source: '有文件記載：商務用 Skype Online表格，第 5 列',
              leads: 'media',
            },
            says: ['媒體路徑'],
          },
        ],
      ],
    ],
  },
  'zh-TW: the same by typed answers': {
    locale: 'zh-TW',
    answersIn: 'zh-TW',
    rows: [
      ['加入會議時媒體走哪一條路徑？', [{ asks: 'organizer' }]],
      ['位於線上的使用者', [{ asks: 'location' }]],
      ['在家裡', [{ answers: { media: ['使用者: 網際網路'], source: '有文件記載：商務用 Skype Online表格，第 5 列' } }]],
    ],
  },
  'zh-TW: a complete question, then a what-if that needs one more answer': {
    locale: 'zh-Hant-TW',
    answersIn: 'zh-TW',
    rows: [
      [
        '商務用 Skype Online，使用者在公司網路內加入位於線上的使用者召集的會議',
        [{ answers: { signaling: ['使用者: ExpressRoute'], media: ['使用者: ExpressRoute'], source: '有文件記載：商務用 Skype Online表格，第 4 列' } }],
      ],
      [
        '如果召集人是內部部署呢？',
        [
          {
            asks: 'homing',
            says: [
              '變更內容：部署：混合式部署（部分使用者位於內部部署）（原為：商務用 Skype Online）；會議主持方：位於內部部署的使用者（在您的資料中心主持）（原為：位於線上的使用者（在雲端主持））。',
            ],
          },
        ],
      ],
      [
        '位於內部部署',
        [
          {
            answers: {
              signaling: ['使用者: 本地（留在您的網路內）'],
              media: ['使用者: 本地（留在您的網路內）'],
              source: '出自範例流程「在混合式部署中加入由內部部署使用者主持的會議」（沒有表格列記載這個情況）',
            },
            says: ['推導'],
          },
        ],
      ],
    ],
  },
  'zh-TW: what-ifs, one of them in conflict with an earlier answer': {
    locale: 'zh-TW',
    answersIn: 'zh-TW',
    rows: [
      [
        '混合式部署，位於內部部署的使用者在公司網路內撥打 PSTN 通話',
        [{ answers: { signaling: ['使用者: 本地（留在您的網路內）'], source: '有文件記載：商務用 Skype 混合式部署表格，第 5 列' } }],
      ],
      [
        '如果是商務用 Skype Online 呢？',
        [
          {
            answers: { signaling: ['使用者: ExpressRoute'], media: ['使用者: ExpressRoute'], source: '有文件記載：商務用 Skype Online表格，第 7 列' },
            says: [
              '「位於內部部署」與「商務用 Skype Online」不相符，所以我沒有採用。',
              '變更內容：部署：商務用 Skype Online（原為：混合式部署（部分使用者位於內部部署））。',
            ],
          },
        ],
      ],
      [
        '如果使用者在家呢？',
        [
          {
            answers: { signaling: ['使用者: 網際網路'], source: '有文件記載：商務用 Skype Online表格，第 8 列' },
            says: ['變更內容：使用者的用戶端在：在網際網路上（家中、飯店、咖啡廳）（原為：在您的網路內）。'],
          },
        ],
      ],
    ],
  },
  'zh-TW: back, help, nonsense and explain in the middle, then cancel': {
    locale: 'zh-TW',
    answersIn: 'zh-TW',
    rows: [
      ['混合式部署的對等通話走哪一條路徑？', [{ asks: 'peer' }]],
      [click('peer', 'customerNetwork'), [{ asks: 'location' }]],
      ['上一步', [{ asks: 'peer', says: ['好的，我已撤回您上一個答案（對方在：在您的網路內）。'] }]],
      ['說明', [{ shows: 'help', says: ['我能做什麼'] }, { asks: 'peer' }]],
      ['今天天氣很好', [{ asks: 'peer', says: ['抱歉，我無法把這句話當成問題的答案。'] }]],
      ['什麼是 ExpressRoute？', [{ shows: 'explain', says: ['網路區段：ExpressRoute'] }, { asks: 'peer' }]],
      ['重新開始', [{ shows: 'welcome', says: ['好的，我們重新開始。'] }]],
    ],
  },
  'en: a question about the people watching a broadcast leads with their path': {
    locale: 'en-US',
    answersIn: 'en',
    rows: [
      ['What path does the stream take to people watching a Skype Meeting Broadcast?', [{ asks: 'location' }]],
      [
        click('location', 'customerNetwork'),
        [
          {
            answers: { media: ['Broadcast attendees: Internet', 'User: ExpressRoute'], leads: 'media' },
            says: ["The broadcast attendees' path", 'Internet → Broadcast streaming service (CDN)'],
          },
        ],
      ],
    ],
  },
  'zh-TW: 觀眾收看廣播, the attendees first': {
    locale: 'zh-TW',
    answersIn: 'zh-TW',
    rows: [
      ['觀眾收看會議廣播時走哪條路？', [{ asks: 'location' }]],
      [
        click('location', 'internet'),
        [{ answers: { media: ['廣播出席者: 網際網路', '使用者: 網際網路'], signaling: ['廣播出席者: 網際網路', '使用者: 網際網路'] }, says: ['廣播出席者的路徑'] }],
      ],
    ],
  },
  'en: a broadcast question about the presenter keeps the user first': {
    locale: 'en-US',
    answersIn: 'en',
    rows: [
      ['Skype Meeting Broadcast presenter in the office', [{ answers: { media: ['User: ExpressRoute', 'Broadcast attendees: Internet'] }, says: ['Signaling and media paths'] }]],
    ],
  },
  'zh-TW: switching language mid-dialog by typing': {
    locale: 'zh-TW',
    answersIn: 'zh-TW',
    rows: [
      // Signaling goes where the user is homed, whoever organized the meeting: the organizer is not asked first.
      ['會議的訊號走哪裡？', [{ asks: 'location' }]],
      ['English please', [{ asks: 'location', says: ["OK, I'll answer in English from now on."] }], { nowIn: 'en' }],
    ],
  },
};

describe.each(Object.entries(dialogues))('%s', (_name, dialogue) => {
  it('goes as the table says', async () => {
    const chat = startConversation({ recognizer: createRecognizer(), locale: dialogue.locale });
    let locale = dialogue.answersIn;
    for (const [says, replies, switched] of dialogue.rows) {
      const cards = await chat.say(says);
      locale = switched?.nowIn ?? locale;
      const where = `after ${JSON.stringify(says)}`;
      expect({ where, kinds: cards.map((c) => kindOf(c, locale)) }).toEqual({
        where,
        kinds: replies.map((r) => ('asks' in r ? 'question' : 'answers' in r ? 'answer' : r.shows)),
      });
      replies.forEach((reply, i) => {
        const card = cards[i];
        const text = allText(card);
        for (const expected of reply.says ?? []) expect({ where, text }).toEqual({ where, text: expect.stringContaining(expected) });
        if ('asks' in reply) {
          const question = questionOf(card);
          expect({ where, slot: question.slot }).toEqual({ where, slot: reply.asks });
          if (reply.asks !== 'firewall') expect(question.text).toBe(slotQuestion(reply.asks, locale));
        }
        if ('answers' in reply) {
          const { signaling, media, source, leads } = reply.answers;
          if (signaling) expect({ where, signaling: pathsOf(card, 'signaling') }).toEqual({ where, signaling });
          if (media) expect({ where, media: pathsOf(card, 'media') }).toEqual({ where, media });
          if (source) expect({ where, source: sourceOf(card) }).toEqual({ where, source });
          if (leads) expect(leadingTraffic(card)).toBe(leads);
        }
      });
    }
  });
});
