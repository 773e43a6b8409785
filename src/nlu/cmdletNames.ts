// A Skype for Business PowerShell cmdlet named by its own name ("Move-CsUser", "Get-CsOnlineUser",
// "Grant-CsTeamsUpgradePolicy") asks how to administer something, as the word "cmdlet" does: the vocabulary reads
// that word as noise, outside the article. Cmdlet names are an open class no vocabulary lists, so each is read as it.

/** A verb, a dash and a Cs noun: the Skype for Business and Teams modules' cmdlet names. */
const CMDLET = /\b(?:get|set|new|remove|move|grant|enable|disable|test|invoke|start|stop|update|import|export|register|unregister|sync)-cs[a-z]+\b/giu;

/** The text with each cmdlet name written as the word "cmdlet". */
export function cmdletNamesAsWord(text: string): string {
  return text.replace(CMDLET, 'cmdlet');
}
