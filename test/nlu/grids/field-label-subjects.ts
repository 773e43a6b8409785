// A ticket's field whose label is a person word ("User: Pablo, from home", "Attendee reporting: Pablo Ortega, from
// home, 4G router") names one person: the place after "from" in its value is that person's (parties.ts
// labelsPerson). Before, the label word was taken as the subject, a second person, and the place was lost.
// Label x place x call; the fields sit on one line between " / " separators, as tickets pasted flat are.
import type { GridItem } from './grid';
import { product } from './en-grid';

const LABELS = ['User', 'Caller', 'Attendee', 'Participant', 'Attendee reporting', 'Affected user'];
const PLACES = [
  { place: 'from home, no VPN', location: 'internet' },
  { place: 'from a hotel, on the hotel wifi', location: 'internet' },
  { place: 'from the Leeds office, wired', location: 'customerNetwork' },
] as const;
const CALLS = [
  { field: 'Call: to an external landline', slots: { callType: 'pstn' } },
  { field: 'Call: joins the weekly meeting our ops manager sets up', slots: { callType: 'conference', organizer: 'online' } },
] as const;

export function fieldLabelGrid(): GridItem[] {
  return product({ label: LABELS, said: PLACES, call: CALLS }).map(({ label, said, call }) => ({
    text: `Tenant: Skype for Business Online / ${label}: Pablo Ortega, ${said.place} / ${call.field} / Q: route for Pablo's signalling and media?`,
    slots: { deployment: 'online', location: said.location, ...call.slots },
    tags: [`label:${label}`],
  }));
}
