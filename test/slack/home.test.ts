// App Home: a welcome and example questions in the user's language (Slack locale from users.info, cached; then
// the language the user chose), example buttons asked in the user's DM with the app.
import { list, t } from '../../src/i18n';
import { TEAM_ID, type ApiCall } from './support/fakeSlackApi';
import { startSlackHarness, type SlackHarness } from './support/harness';
import { blockActionsPayload, buttonsOf, textOf, type PostedButton } from './support/slackRequests';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());

const homeOpened = (user: string) => ({ type: 'app_home_opened', user, channel: `D${user.slice(1)}`, tab: 'home', event_ts: '1712000000.000100' });

function homeFor(user: string): ApiCall[] {
  return h.fake.callsOf('views.publish').filter((c) => c.args.user_id === user);
}

function viewText(call: ApiCall): string {
  return textOf({ ...call, args: { blocks: (call.args.view as { blocks: unknown }).blocks } });
}

function viewButtons(call: ApiCall) {
  return buttonsOf({ ...call, args: { blocks: (call.args.view as { blocks: unknown }).blocks } });
}

function homeClick(user: string, button: PostedButton) {
  return blockActionsPayload(user, button, {
    container: { type: 'view', view_id: 'V1' },
    view: { id: 'V1', type: 'home', team_id: TEAM_ID, bot_id: 'BBOT0001', blocks: [], state: { values: {} } },
  });
}

it("publishes App Home in the user's Slack language, looking the language up once", async () => {
  h.fake.userLocales.set('U0HOME001', 'zh-TW');
  await h.slack.event(homeOpened('U0HOME001'));
  await h.slack.event(homeOpened('U0HOME002'));
  await h.fake.waitFor(() => homeFor('U0HOME001').length === 1 && homeFor('U0HOME002').length === 1);

  const zh = homeFor('U0HOME001')[0];
  expect((zh.args.view as { type: string }).type).toBe('home');
  expect(viewText(zh)).toContain(t('zh-TW', 'cards.welcome.title'));
  expect(viewText(zh)).toContain(t('zh-TW', 'slack.home.howTo'));
  expect(viewText(homeFor('U0HOME002')[0])).toContain(t('en', 'cards.welcome.title'));

  await h.slack.event(homeOpened('U0HOME001'));
  await h.fake.waitFor(() => homeFor('U0HOME001').length === 2);
  expect(h.fake.callsOf('users.info').filter((c) => c.args.user === 'U0HOME001')).toHaveLength(1);
});

it("asks an example question in the user's DM with the app", async () => {
  await h.slack.event(homeOpened('U0HOME003'));
  await h.fake.waitFor(() => homeFor('U0HOME003').length === 1);
  const examples = viewButtons(homeFor('U0HOME003')[0]).filter((b) => b.value?.includes('imBack'));
  expect(examples.length).toBe(list('en', 'cards.welcome.examples').length);
  const example = examples[0];
  const response = await h.slack.action(homeClick('U0HOME003', example));
  expect(response.status).toBe(200);
  await h.waitForPosts(1, 'D0HOME003');
  expect(h.fake.callsOf('conversations.open').map((c) => c.args.users)).toContain('U0HOME003');
});

it('follows the language the user chooses', async () => {
  h.fake.userLocales.set('U0HOME004', 'zh-TW');
  await h.slack.event(homeOpened('U0HOME004'));
  await h.fake.waitFor(() => homeFor('U0HOME004').length === 1);
  const english = viewButtons(homeFor('U0HOME004')[0]).find((b) => b.text === t('en', 'language.name'));
  expect(english).toBeDefined();
  await h.slack.action(homeClick('U0HOME004', english!));
  await h.fake.waitFor(() => homeFor('U0HOME004').length === 2);
  expect(viewText(homeFor('U0HOME004')[1])).toContain(t('en', 'cards.welcome.title'));
  const reply = await h.waitForPosts(1, 'D0HOME004');
  expect(reply[0].args.text).toContain(t('en', 'dialog.languageSwitched'));
});
