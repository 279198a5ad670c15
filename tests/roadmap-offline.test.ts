import { PlatformFixture } from './support/platform-fixture.js';
import { offlinePlanner, ok } from './support/roadmap-operations.js';
import { describeRoadmapScenario } from './support/roadmap-scenario.js';

let fixture: PlatformFixture;

// Without JIRA_BASE_URL the roadmap lives in the platform: the same scenario as with Jira, no fake.
describeRoadmapScenario(
  'offline roadmap store',
  async () => {
    fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
    const lead = await fixture.token('lead');
    return {
      fixture,
      planner: offlinePlanner(fixture, lead),
      keyOf: async (id) => (await ok(fixture.graphql(lead, 'query($id: ID!) { issue(id: $id) { key syncState } }', { id }))).issue.key,
      storedDescription: async (key) => (await ok(fixture.graphql(lead, 'query($id: ID!) { issue(id: $id) { description } }', { id: key }))).issue.description,
    };
  },
  () => fixture.stop(),
);
