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
