// A pasted table's header is found by the cell that names a column of people (text.ts tableRowsAsLines); lines are
// first checked for any such word, and for comma-separated ones for a piece between commas that is one, before the
// costly split: these hold the readings those checks must not lose, and the lines they must leave alone.
import { tableRowsAsLines } from '../../src/nlu/text';

describe('pasted table headers', () => {
  it.each([
    ['pipes', 'Name | Site | VPN\nAisha Bello | Lagos branch | off', 'Aisha Bello: Lagos branch, VPN off'],
    ['commas', 'user,location,network\nMina,home,own fibre', 'Mina: home, own fibre'],
    ['a quoted comma before the people column', '"where, roughly",user\n"home, own fibre",Mina', 'Mina: home, own fibre'],
    ['capitals', 'NAME,SITE\nLiam,HQ', 'Liam: HQ'],
    ['Chinese', '姓名｜地點\n阿明｜總部', '阿明: 總部'],
  ])('reads a table with %s', (_, text, row) => {
    expect(tableRowsAsLines(text.normalize('NFKC')).split('\n')).toContain(row);
  });

  it.each([
    ['a sentence naming a user', 'the user is at home, on VPN\nwhat path, please?'],
    ['a quoted cell holding a people word with a comma', '"user, admin",site\nMina,home'],
    ['no people column', 'Site,VPN\nLagos,off'],
  ])('leaves %s as it is', (_, text) => {
    expect(tableRowsAsLines(text)).toBe(text);
  });
});
