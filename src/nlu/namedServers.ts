// "Tailspin's Skype meeting, running on Tailspin's infrastructure, not ours", "hosted on Fabrikam's servers": the
// servers of a company named by its name, said as where something runs or is hosted, are that company's own servers
// (the vocabulary's "their own infrastructure"). The name alone reads as a person and "infrastructure" as nothing, so
// the meeting's host was left unknown. English only: Chinese names a company's own servers in its phrases.
import type { Item, Mention } from './analyzer';
import { parseConcept, type Concept } from './concepts';
import { isFiller, isMarker, isPossessive, previousIndex } from './items';

const HOSTING = 'company.hosting';
const HOSTING_CONCEPT = parseConcept(HOSTING) as Concept;

/** Words for the machines a company runs its service on, as matching keys. */
const SERVER_WORDS: ReadonlySet<string> = new Set(['infrastructur', 'server', 'servers', 'datacenter', 'pool', 'deploy', 'deployment']);

/** Whether a name, its "'s" and a server word start at `index`, right after a verb of running or hosting ("running on"). */
function namedServers(items: readonly Item[], index: number): boolean {
  const [name, owned, servers] = [items[index], items[index + 1], items[index + 2]];
  if (name?.kind !== 'word' || name.name !== true || !isPossessive(owned) || servers?.kind !== 'word' || !SERVER_WORDS.has(servers.key)) return false;
  return isMarker(items[previousIndex(items, index, isFiller)], 'hosted');
}

/** The items with each company's servers named by its name made one mention of their own servers (see the file's comment). */
export function withNamedServers(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!namedServers(items, i)) {
      out.push(items[i]);
      continue;
    }
    const [name, servers] = [items[i], items[i + 2]] as [Extract<Item, { kind: 'word' }>, Extract<Item, { kind: 'word' }>];
    const mention: Mention = { kind: 'mention', id: HOSTING, concept: HOSTING_CONCEPT, surface: `${name.key} 's ${servers.key}`, head: servers.key };
    out.push(mention);
    i += 2;
  }
  return out;
}
