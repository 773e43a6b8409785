// Network engineers say where someone is by the network's own name: "src user homed SfBO, VLAN 220 (Bldg 2)", 「我在
// VLAN 20」. A numbered VLAN is a segment of our own LAN (KNOWLEDGE.md: a client inside the customer network), but
// numbers are an open class no vocabulary lists, and "on vlan" only reads it after "on". So a VLAN with its number is
// read as "corp vlan", the vocabulary's words for one. A guest or visitor VLAN is the open network it names, so those
// stay as written. (Private subnets, "on 10.40.12.0/22", were tried the same way in round 37 and left: one
// question that leaves the writer's place open gained a place.)

/** A VLAN and its number ("VLAN 220", "vlan-20", "VLAN20"), not beside a word that makes it an open one. */
const NUMBERED_VLAN = /(?<!\b(?:guest|visitor|visitors|public|byod|iot)\s*|(?:訪客|來賓|访客|公共)\s*)\bvlan\s*-?\s*\d{1,4}\b(?!\s*[(（]?\s*(?:guest|visitor|public|byod|iot|訪客|來賓|访客|公共))/giu;

/** Whether the text may name a VLAN at all (NUMBERED_VLAN matches only where this does). */
const MAYBE_VLAN = /vlan/i;

/** The text with each numbered VLAN of ours written as "corp vlan". */
export function numberedVlansAsWords(text: string): string {
  // The lookbehind that opens NUMBERED_VLAN is tried at every position of every message (20 ms over the bench's 8,505
  // messages); most name no VLAN at all, and a plain search for the word rules them out at once (1 ms).
  if (!MAYBE_VLAN.test(text)) return text;
  return text.replace(NUMBERED_VLAN, 'corp vlan');
}

// A Wi-Fi said by its SSID ("on SkiResortGuest", "on HotelNet", "via Guest_5G") is an open class no vocabulary lists.
// A name built with a word of an open network (guest, visitor, public, hotel) is that open network, the Internet, as
// "guest wifi" is; a name without one stays as written (a corporate one, "CORP-WIFI", already reads as ours through
// its words; an unknown one, "on BlueSkyNet", says nothing and the advisor asks). Only names written as one token
// with more than the open word ("SkiResortGuest", not "guest" or "Guest"), so a sentence's own words are never taken.
const OPEN_SSID = /\b(on|via|onto)\s+(?:the\s+)?([A-Za-z0-9]*(?:Guest|GUEST|Visitor|VISITOR|Public|PUBLIC|Hotel|HOTEL)[A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*)\b/g;
/** The open word alone, in any case: not an SSID, the sentence's own word ("on Guest wifi" is read by the vocabulary). */
const OPEN_WORD_ALONE = /^(?:guest|visitor|public|hotel)s?$/i;
/** Whether the text may name an open network by its SSID (OPEN_SSID matches only where this does). */
const MAYBE_OPEN_SSID = /Guest|GUEST|Visitor|VISITOR|Public|PUBLIC|Hotel|HOTEL/;

/**
 * "on the paddock Wi-Fi (not ours)", "(their network, not ours)": a network the writer says is not ours is not our
 * network, whoever's it is; read as the vocabulary's words for one ("network that isn't ours", the Internet). Read
 * as written, "not ours" said nothing, and a room said beside it ("at the depot") made the person ours. Only right
 * after a network word, so "the meeting is theirs, not ours" stays about a meeting.
 */
const NETWORK_NOT_OURS = /\b(?:wi-?fi|wlan|lan|wan|network|ssid|hotspot|internet|broadband|connection)\s*(?:\(\s*not\s+ours\s*\)|,\s*not\s+ours\b)/gi;
const MAYBE_NOT_OURS = /not\s+ours/i;

/** The text with each open network named by its SSID written as "guest wifi", and a network said not ours as such. */
export function networkNamesAsWords(text: string): string {
  const named = MAYBE_OPEN_SSID.test(text) ? text.replace(OPEN_SSID, (whole, on: string, name: string) => (OPEN_WORD_ALONE.test(name) || /^[a-z0-9]+$/.test(name) ? whole : `${on} guest wifi`)) : text;
  return MAYBE_NOT_OURS.test(named) ? named.replace(NETWORK_NOT_OURS, "network that isn't ours") : named;
}
