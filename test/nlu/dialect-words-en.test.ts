// Scots words for ordinary ones (session 53, lane places): "baith sat in the office", "ower Skype", "oor ain kit",
// "in the hoose", "nae VPN". Unread, both parties in one office lost the user's place and the advisor asked. They are read as
// the English word before matching (words.en.json contractions). Left out: "hame", since "what's X when it's at
// hame?" is an idiom, not a place (a dev explain question lost its topic). "Whit's" / "whit" (session 56, lane thirden56):
// unread, "Whit's his path?" was no question about him, so the place said of him was not taken as the one asked about.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('Scots words read as the English ones', () => {
  it.each([
    ['Me an Ailsa are baith in the Dundee office the day, SfB Online, I ring her ower Skype. Path?', { location: 'customerNetwork', peer: 'customerNetwork', callType: 'peerToPeer' }],
    ["I'm in the hoose wi nae VPN, we're Skype Online, calling a colleague in the office. Media path?", { location: 'internet', peer: 'customerNetwork' }],
    ["We're a' on Skype Online, nae servers o' oor ain. I'm in the office, ringing a pal at hers. Does it gaun ower ER?", { location: 'customerNetwork', deployment: 'online' }],
    ["Callum's at the Perth depot on the LAN, joining a meeting. We're Skype Online. Whit's his media path?", { location: 'customerNetwork', callType: 'conference' }],
    ["Isla's in the Aberdeen office on the LAN, ringing a landline. Skype Online with Phone System. Whit's her signalling path?", { location: 'customerNetwork', callType: 'pstn' }],
  ] as const)('%s', (text, want) => {
    expect(slots(text)).toMatchObject(want);
  });
});
