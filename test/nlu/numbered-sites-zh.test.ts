// A number written right before a Chinese place word is the site's name ("二廠" is Plant 2), not a count: read as
// "two", "二廠組長" made the plant's team lead two people, and where the one called was (在飯店) went to the caller
// too (class-roles round: a wrong answer). Near misses: a count with its measure word ("兩個廠", "2 座工廠") stays a
// count and says nothing of anyone's place. English sites are unchanged ("plant 2").
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text, 'zh-TW').slots;

describe('a numbered site before a title names the site', () => {
  it.each([
    '全部 Online。二廠組長打給經理，經理今天住飯店。',
    '全部 Online。三廠領班在廠區打給課長，課長出差在機場。',
    '全部 Online。2廠組長在產線旁，打給出差中的廠長（廠長在飯店上網）。',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' });
  });

  it('the caller at home, the numbered site is only their title', () => {
    expect(slots('全部 Online。5廠的品管在家，打給在廠區的我。')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
});

describe('near misses: a count of sites', () => {
  it.each([
    '全部 Online。我們有兩個廠，我在廠區打給在家的同事。',
    '全部 Online。我們有 2 座工廠，我在廠區打給在家的同事。',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
});
