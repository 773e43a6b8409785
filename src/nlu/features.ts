// What the intent classifier sees: concept ids instead of words where the vocabulary knows them (so "hotel",
// "在家" and "from home" are one feature), the other words' keys, and coarse signs of how much of the text the
// vocabulary covers (out-of-scope questions are mostly words it does not know).
import type { Item } from './analyzer';
import { isDomainConcept, isSlotConcept } from './concepts';
import { isFunctionWord } from './english';
import { isTaskWord } from './tasks';

function lengthBucket(n: number): string {
  if (n <= 1) return '#len1';
  if (n <= 3) return '#len2';
  return n <= 7 ? '#len4' : '#len8';
}

export function featuresOf(items: readonly Item[]): string[] {
  const features = new Set<string>();
  let content = 0;
  let other = 0;
  for (const item of items) {
    if (item.kind === 'break') continue;
    // A task's verb ("share", "forward") is a word like any other to the classifier: only asked how to, it says
    // something (tasks.ts), and the intents it was trained on never name it.
    if (item.kind === 'word' || isTaskWord(item)) {
      features.add(item.kind === 'word' ? item.key : item.surface);
      const meaningful = item.kind === 'mention' || (item.script === 'latin' ? !isFunctionWord(item.key) : true);
      if (meaningful) other += 1;
      content += 1;
      continue;
    }
    const { concept } = item;
    if (concept.kind === 'filler' || concept.kind === 'boundary') continue;
    content += 1;
    features.add(item.id);
    features.add(`#${concept.kind}`);
    if (isSlotConcept(concept)) features.add('#slot');
    else if (isDomainConcept(concept)) features.add('#domain');
  }
  features.add(lengthBucket(content));
  features.add(other === 0 ? '#other0' : other * 2 < content ? '#otherSome' : '#otherMost');
  return [...features];
}
