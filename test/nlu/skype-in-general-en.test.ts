// "her Skype traffic", "problems with Skype", "using Skype": the product named as a thing someone uses is calls in
// general, with whom not said; two people named beside it (the one asking, colleagues placed elsewhere) do not make
// it a call between two. "a Skype call with Aisha", "when I Skype Bob", "on Skype with Bob" still are.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('Skype the product is no call between two', () => {
  it.each([
    ["Sophie's working from the Leeds office today, we're SfB Online. Does her Skype traffic go over ExpressRoute? Her manager Paul wants to know."],
    ["We're on Skype for Business Online. Tom is in the office, Rita is at home and Joe is at the Leeds branch. Tom is having problems with Skype - does his traffic use ExpressRoute?"],
    ["SfB Online here. Marek works from the Gdansk office; his boss Ola asked me whether his Skype goes over ExpressRoute."],
    ["We are all SfB Online. Nadia is at the Oslo office using Skype, and Jonas from IT is looking into it. Does it go over ER?"],
  ])('%s', (text) => {
    expect(slots(text).callType).toBeUndefined();
  });
});

describe('a Skype call with someone still is', () => {
  it.each([
    ["We're all SfB Online. Nadia is in the Oslo office on a Skype call with Jonas, who is at home. Her media path?", { callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' }],
    ["SfB Online. I'm in the office and I Skype Bob, who is at home. My path?", { callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' }],
    ["SfB Online. I'm on Skype with Bob from the office; he is at home. My path?", { callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' }],
  ])('%s', (text, want) => {
    expect(slots(text)).toMatchObject(want);
  });
});
