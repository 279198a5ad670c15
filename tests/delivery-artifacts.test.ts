import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { SUBGRAPHS } from '@support-graph/gateway';
import { metricsRegistry } from '@support-graph/runtime';
import { describeUnlessSkipped } from '@support-graph/test-kit';
import { chartValues, mergeValues, renderChart } from './support/helm-template.js';
import { KUBERNETES_SCHEMAS } from './support/kubernetes-schemas.js';

/**
 * The production delivery, validated offline: the compose file by `docker-compose config`, the alert
 * rules by `promtool check rules`, the chart's values against values.schema.json, every Kubernetes
 * object the chart renders against its kind's schema, and the dashboards and alerts against the
 * metrics the kernel really registers. The services come from the subgraph list, so a new subgraph
 * is checked as soon as it is in the catalog.
 */
const ROOT = process.cwd();
const CHART = join(ROOT, 'helm', 'support-graph');
const SERVICES = ['gateway', ...SUBGRAPHS.map((subgraph) => subgraph.name)];

/** A tool CI installs (.ci/run): missing on a developer's machine the suite is skipped and says why; missing in CI it fails. */
function toolSkipReason(tool: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
  if (found) return undefined;
  if (process.env['CI']) throw new Error(`${tool} is not installed (.ci/run installs it with apt-get)`);
  process.stderr.write(`skipped: ${tool} is not installed\n`);
  return `${tool} is not installed`;
}

/** Every metric name the processes can expose (the kernel's one registry). */
const registeredMetrics = new Set((await metricsRegistry.getMetricsAsJSON()).map((metric) => metric.name));

function metricsIn(expression: string): string[] {
  return [...expression.matchAll(/\b((?:support|graphql|llm)_[a-z_]+?)(?:_bucket|_count|_sum)?\b(?=[\s{[)]|$)/g)].map((match) => match[1]!);
}

describeUnlessSkipped('docker-compose.yml', toolSkipReason('docker-compose'), () => {
  const rendered = execFileSync('docker-compose', ['-f', 'docker-compose.yml', 'config'], { cwd: ROOT, env: { ...process.env, SUPPORT_GRAPH_ENV_FILE: '.env.example' }, encoding: 'utf8' });
  const compose = parse(rendered) as { services: Record<string, any>; volumes: Record<string, unknown> };

  it('runs the gateway and every subgraph as its own container of the one image, by command', () => {
    for (const name of SERVICES) {
      const service = compose.services[name];
      expect(service).toBeDefined();
      expect(service.command).toEqual(name === 'gateway' ? ['node', 'gateway/dist/main.js'] : ['node', 'gateway/dist/start-subgraph.js', name]);
      expect(service.image).toBe(compose.services['gateway'].image);
      // Alone against the others: each has a profile of its own, and `app` starts them all.
      expect(service.profiles).toEqual(expect.arrayContaining(['app', name]));
      expect(service.environment.SUBGRAPH_HOST).toBe('0.0.0.0');
      // It listens where its health check, its peers and Prometheus look.
      const port = service.environment[`${name.toUpperCase()}_PORT`];
      expect(service.environment.HEALTH_PORT).toBe(port);
      if (name !== 'gateway') expect(service.environment[`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${port}/graphql`);
      expect(readFileSync(join(ROOT, 'deploy/prometheus/prometheus.yml'), 'utf8')).toContain(`"${name}:${port}"`);
      expect(Object.keys(service.depends_on).length).toBeGreaterThan(0);
    }
  });

  it('starts a service only once what it needs is healthy', () => {
    for (const name of SERVICES) {
      for (const [dependency, condition] of Object.entries<any>(compose.services[name].depends_on)) {
        if (compose.services[dependency].healthcheck) expect(condition.condition).toBe('service_healthy');
      }
    }
    for (const store of ['mongodb', 'redis', 'neo4j', 'weaviate', 'prometheus', 'grafana', 'jaeger']) expect(compose.services[store].healthcheck.test.length).toBeGreaterThan(0);
    expect(compose.services['mongodb'].command).toEqual(expect.arrayContaining(['--replSet', 'rs0']));
    expect(compose.services['mongodb'].healthcheck.test.join(' ')).toContain('rs.initiate');
  });

  it('fits a 4 GB host and takes its secrets from an env file that is not committed', () => {
    // Every container has a limit (`320m`, or bytes as Compose v2 prints them); a missing one counts as unbounded.
    const units: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
    const bytesOf = (limit: unknown) => {
      const match = /^(\d+(?:\.\d+)?)([bkmg]?)$/i.exec(String(limit ?? ''));
      return match ? Number(match[1]) * units[match[2]!.toLowerCase()]! : Number.POSITIVE_INFINITY;
    };
    const bytes = Object.values(compose.services).reduce((sum, service: any) => sum + bytesOf(service.mem_limit), 0);
    expect(bytes).toBeLessThanOrEqual(3.75 * 1024 ** 3);
    expect(execFileSync('git', ['ls-files', '.env', '.env.example'], { cwd: ROOT, encoding: 'utf8' }).trim()).toBe('.env.example');
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8')).toMatch(/^\.env$/m);
    // Secrets reach the services through env_file, never written into the compose file.
    expect(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')).not.toMatch(/INTERNAL_SIGNING_KEY|DATA_ENCRYPTION_KEYS|API_KEY:/);
  });
});

describeUnlessSkipped('Prometheus alert rules', toolSkipReason('promtool'), () => {
  it('pass promtool check rules and check config', () => {
    for (const args of [['check', 'rules', 'deploy/prometheus/alerts.yml'], ['check', 'config', 'deploy/prometheus/prometheus.yml']]) {
      const result = spawnSync('promtool', args, { cwd: ROOT, encoding: 'utf8' });
      expect({ args, status: result.status, output: result.stdout + result.stderr }).toMatchObject({ status: 0 });
    }
  });
});

describe('alerts and dashboard read metrics the services expose', () => {
  const rules = parse(readFileSync(join(ROOT, 'deploy/prometheus/alerts.yml'), 'utf8')) as { groups: { rules: { alert: string; expr: string }[] }[] };
  const alerts = rules.groups.flatMap((group) => group.rules);
  const dashboard = JSON.parse(readFileSync(join(ROOT, 'deploy/grafana/dashboards/support-graph.json'), 'utf8')) as { panels: { id: number; targets: { expr: string }[] }[] };

  it('has the warning and critical thresholds of each alert', () => {
    const thresholds = Object.fromEntries(alerts.map((rule) => [rule.alert, rule.expr.replace(/\s+/g, ' ').trim()]));
    expect(thresholds['GraphQLErrorRateHigh']).toMatch(/> 0\.02$/);
    expect(thresholds['GraphQLErrorRateCritical']).toMatch(/> 0\.05$/);
    expect(thresholds['GraphQLLatencyHigh']).toMatch(/> 5$/);
    expect(thresholds['GraphQLLatencyCritical']).toMatch(/> 10$/);
    expect(thresholds['AiResolutionRateLow']).toContain('< 0.65');
    expect(thresholds['AiResolutionRateCritical']).toContain('< 0.60');
    expect(thresholds['QueueBacklogHigh']).toMatch(/> 100$/);
    expect(thresholds['QueueBacklogCritical']).toMatch(/> 500$/);
    expect(thresholds['LlmSpendHigh']).toContain('llm_cost_usd_total[1d]');
  });

  it('names only metrics registered in the kernel', () => {
    const used = [...alerts.map((rule) => rule.expr), ...dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr))].flatMap(metricsIn);
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((name) => !registeredMetrics.has(name))).toEqual([]);
    expect(new Set(dashboard.panels.map((panel) => panel.id)).size).toBe(dashboard.panels.length);
  });
});

describe('helm/support-graph', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  (addFormats as unknown as (ajv: Ajv) => void)(ajv);
  const validateValues = ajv.compile(JSON.parse(readFileSync(join(CHART, 'values.schema.json'), 'utf8')));
  const release = { name: 'sg', namespace: 'support' };
  /** The defaults alone (no external Secret) need the signing keys on the command line, as `--set` gives them. */
  const withKeys = mergeValues(chartValues(CHART), { secrets: { values: { INTERNAL_SIGNING_KEY: 'k'.repeat(48), AUDIT_ANCHOR_KEY: 'a'.repeat(48) } } });
  const environments: [string, unknown][] = [
    ['values-staging.yaml', chartValues(CHART, ['values-staging.yaml'])],
    ['values-production.yaml', chartValues(CHART, ['values-production.yaml'])],
    ['values.yaml with --set keys', withKeys],
  ];

  it.each(environments)('%s passes values.schema.json', (_name, values) => {
    expect(validateValues(values) ? [] : validateValues.errors).toEqual([]);
  });

  it('values.schema.json refuses what would break a release', () => {
    expect(validateValues(chartValues(CHART))).toBe(false); // no Secret and no signing keys
    expect(validateValues(mergeValues(withKeys, { image: { tag: 'latest' } }))).toBe(false);
    expect(validateValues(mergeValues(withKeys, { services: { tickets: { replicas: 0 } } }))).toBe(false);
    expect(validateValues(mergeValues(withKeys, { externalDatabases: { mongodbUrl: 'postgres://db' } }))).toBe(false);
  });

  describe.each(environments)('rendered with %s', (_name, values) => {
    const objects = renderChart(CHART, values, release);
    const ofKind = (kind: string) => objects.filter((object) => object.kind === kind);
    const named = (kind: string, name: string): Record<string, any> | undefined => ofKind(kind).find((object) => object.metadata.name === name);

    it('renders only objects that are valid for their kind', () => {
      expect(objects.length).toBeGreaterThan(20);
      for (const object of objects) {
        const schema = KUBERNETES_SCHEMAS[object.kind];
        expect({ kind: object.kind, known: Boolean(schema) }).toEqual({ kind: object.kind, known: true });
        const validate = ajv.compile(schema!);
        expect({ object: `${object.kind}/${object.metadata?.name}`, errors: validate(object) ? [] : validate.errors }).toEqual({ object: `${object.kind}/${object.metadata?.name}`, errors: [] });
      }
    });

    it('has a Deployment per service with probes, a rollout that keeps capacity, a PDB and a Service', () => {
      for (const service of SERVICES) {
        const deployment = named('Deployment', `sg-${service}`)!;
        expect(deployment).toBeDefined();
        expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
        const [container] = deployment.spec.template.spec.containers;
        expect(container.livenessProbe.httpGet.path).toBe('/health');
        expect(container.readinessProbe.httpGet.path).toBe('/ready');
        expect(container.startupProbe.httpGet.path).toBe('/health');
        expect(container.command).toEqual(service === 'gateway' ? ['node', 'gateway/dist/main.js'] : ['node', 'gateway/dist/start-subgraph.js', service]);
        expect(deployment.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
        expect(named('PodDisruptionBudget', `sg-${service}`)).toBeDefined();
        expect(named('Service', `sg-${service}`)!.spec.ports[0].port).toBe(container.ports[0].containerPort);
      }
    });

    it('keeps secrets out of ConfigMaps', () => {
      const secretKeys = Object.keys((JSON.parse(readFileSync(join(CHART, 'values.schema.json'), 'utf8')) as any).properties.secrets.properties.values.properties);
      for (const configMap of ofKind('ConfigMap')) {
        for (const key of Object.keys(configMap.data)) expect([key, [...secretKeys, 'MONGODB_URL', 'REDIS_URL', 'REDIS_PASSWORD', 'NEO4J_URL', 'NEO4J_PASSWORD', 'WEAVIATE_URL', 'WEAVIATE_API_KEY'].includes(key)]).toEqual([key, false]);
      }
      const secretName = (values as any).secrets.existingSecret || 'sg-secrets';
      for (const deployment of ofKind('Deployment')) expect(deployment.spec.template.spec.containers[0].envFrom).toContainEqual({ secretRef: { name: secretName } });
      expect(ofKind('Secret')).toHaveLength((values as any).secrets.existingSecret ? 0 : 1);
    });

    it('lets a subgraph be reached only by the gateway, its peers and Prometheus', () => {
      for (const subgraph of SUBGRAPHS) {
        const policy = named('NetworkPolicy', `sg-${subgraph.name}`)!;
        const allowed = policy.spec.ingress.flatMap((rule: any) => rule.from.map((from: any) => from.podSelector?.matchLabels['app.kubernetes.io/component'] ?? `namespace:${from.namespaceSelector.matchLabels['kubernetes.io/metadata.name']}`));
        expect(allowed.sort()).toEqual(['gateway', ...(values as any).services[subgraph.name].peers, 'namespace:monitoring'].sort());
      }
    });

    it('scales the agents on their Redis stream backlog with KEDA, and the rest on CPU', () => {
      const scaled = named('ScaledObject', 'sg-agents')!;
      expect(scaled.spec.scaleTargetRef.name).toBe('sg-agents');
      const streams = scaled.spec.triggers.filter((trigger: any) => trigger.type === 'redis-streams');
      // The stream and group of the kernel's Redis Streams job queue for the `agents-pipeline` queue.
      expect(streams.map((trigger: any) => trigger.metadata)).toEqual([
        expect.objectContaining({ stream: 'support-graph:queue:agents-pipeline:stream', consumerGroup: 'workers', pendingEntriesCount: expect.any(String) }),
        expect.objectContaining({ stream: 'support-graph:queue:agents-pipeline:stream', consumerGroup: 'workers', lagCount: expect.any(String) }),
      ]);
      expect(named('HorizontalPodAutoscaler', 'sg-agents')).toBeUndefined();
      expect(named('HorizontalPodAutoscaler', 'sg-gateway')?.spec.metrics[0].resource.name ?? 'cpu').toBe('cpu');
    });

    it('exposes only the gateway, with WebSocket-friendly timeouts', () => {
      const ingress = ofKind('Ingress')[0]!;
      expect(ingress.spec.rules[0].http.paths[0].backend.service.name).toBe('sg-gateway');
      expect(Number(ingress.metadata.annotations['nginx.ingress.kubernetes.io/proxy-read-timeout'])).toBeGreaterThanOrEqual(3600);
    });
  });
});

it('the image is built from a pinned base, installs with npm ci and runs as a non-root user', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:24\.\d+\.\d+-bookworm-slim$/m);
  expect(dockerfile).toMatch(/^RUN npm ci /m);
  expect(dockerfile).toMatch(/^USER node$/m);
  expect(dockerfile).toMatch(/^HEALTHCHECK /m);
  expect(existsSync(join(ROOT, '.dockerignore'))).toBe(true);
  expect(readFileSync(join(ROOT, '.dockerignore'), 'utf8')).toMatch(/^\.env$/m);
});
