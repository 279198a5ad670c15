/**
 * Hand-written JSON schemas for the Kubernetes kinds helm/support-graph renders. The official
 * OpenAPI-derived schemas cannot be downloaded here and no npm package ships them, so these restate
 * the subset of each API (apps/v1, v1, policy/v1, autoscaling/v2, networking.k8s.io/v1, keda.sh/v1alpha1)
 * that the chart uses: required fields, value types and formats, and closed objects, so a misspelt
 * or misplaced field fails instead of being ignored by the cluster.
 */
type Schema = Record<string, unknown>;

const closed = (properties: Record<string, Schema>, required: readonly string[] = []): Schema => ({ type: 'object', additionalProperties: false, properties, required });
const string: Schema = { type: 'string', minLength: 1 };
const integer: Schema = { type: 'integer' };
const stringMap: Schema = { type: 'object', additionalProperties: { type: 'string' } };
/** RFC 1123 DNS label/subdomain: names of objects, containers, ports. */
const dnsName: Schema = { type: 'string', pattern: '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$', maxLength: 253 };
const labels: Schema = { type: 'object', additionalProperties: { type: 'string', pattern: '^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$', maxLength: 63 } };
const quantity: Schema = { anyOf: [{ type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G)?$' }, { type: 'number' }] };
const intOrString: Schema = { anyOf: [{ type: 'integer' }, { type: 'string', minLength: 1 }] };
const metadata = closed({ name: dnsName, namespace: dnsName, labels, annotations: stringMap }, ['name']);
const labelSelector = closed({ matchLabels: labels }, ['matchLabels']);

const httpProbe = closed(
  {
    httpGet: closed({ path: { type: 'string', pattern: '^/' }, port: intOrString }, ['path', 'port']),
    initialDelaySeconds: integer,
    periodSeconds: integer,
    timeoutSeconds: integer,
    failureThreshold: integer,
    successThreshold: integer,
  },
  ['httpGet'],
);

const container = closed(
  {
    name: dnsName,
    image: string,
    imagePullPolicy: { enum: ['Always', 'IfNotPresent', 'Never'] },
    command: { type: 'array', items: { type: 'string' } },
    args: { type: 'array', items: { type: 'string' } },
    ports: { type: 'array', items: closed({ name: { type: 'string', maxLength: 15 }, containerPort: { type: 'integer', minimum: 1, maximum: 65535 }, protocol: { enum: ['TCP', 'UDP'] } }, ['containerPort']) },
    env: { type: 'array', items: closed({ name: string, value: { type: 'string' } }, ['name']) },
    envFrom: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, minProperties: 1, maxProperties: 1, properties: { configMapRef: closed({ name: dnsName }, ['name']), secretRef: closed({ name: dnsName }, ['name']) } },
    },
    startupProbe: httpProbe,
    livenessProbe: httpProbe,
    readinessProbe: httpProbe,
    resources: closed({ requests: closed({ cpu: quantity, memory: quantity }), limits: closed({ cpu: quantity, memory: quantity }) }),
    securityContext: closed({
      allowPrivilegeEscalation: { type: 'boolean' },
      readOnlyRootFilesystem: { type: 'boolean' },
      runAsNonRoot: { type: 'boolean' },
      capabilities: closed({ drop: { type: 'array', items: { type: 'string' } }, add: { type: 'array', items: { type: 'string' } } }),
    }),
    volumeMounts: { type: 'array', items: closed({ name: dnsName, mountPath: { type: 'string', pattern: '^/' }, readOnly: { type: 'boolean' } }, ['name', 'mountPath']) },
  },
  ['name', 'image'],
);

const podSpec = closed(
  {
    automountServiceAccountToken: { type: 'boolean' },
    serviceAccountName: dnsName,
    securityContext: closed({ runAsNonRoot: { type: 'boolean' }, runAsUser: integer, runAsGroup: integer, fsGroup: integer, seccompProfile: closed({ type: { enum: ['RuntimeDefault', 'Localhost', 'Unconfined'] } }, ['type']) }),
    containers: { type: 'array', minItems: 1, items: container },
    volumes: { type: 'array', items: closed({ name: dnsName, emptyDir: { type: 'object' }, secret: closed({ secretName: dnsName }, ['secretName']) }, ['name']) },
  },
  ['containers'],
);

const object = (apiVersion: string, kind: string, spec: Schema | undefined, extra: Record<string, Schema> = {}): Schema =>
  closed({ apiVersion: { const: apiVersion }, kind: { const: kind }, metadata, ...(spec ? { spec } : {}), ...extra }, ['apiVersion', 'kind', 'metadata', ...(spec ? ['spec'] : [])]);

export const KUBERNETES_SCHEMAS: Readonly<Record<string, Schema>> = {
  ConfigMap: object('v1', 'ConfigMap', undefined, { data: stringMap }),
  Secret: object('v1', 'Secret', undefined, { type: string, stringData: stringMap, data: stringMap }),
  Service: object(
    'v1',
    'Service',
    closed(
      {
        type: { enum: ['ClusterIP', 'NodePort', 'LoadBalancer'] },
        selector: labels,
        ports: { type: 'array', minItems: 1, items: closed({ name: dnsName, port: { type: 'integer', minimum: 1, maximum: 65535 }, targetPort: intOrString, protocol: { enum: ['TCP', 'UDP'] } }, ['port']) },
      },
      ['selector', 'ports'],
    ),
  ),
  Deployment: object(
    'apps/v1',
    'Deployment',
    closed(
      {
        replicas: { type: 'integer', minimum: 0 },
        revisionHistoryLimit: integer,
        strategy: closed({ type: { enum: ['RollingUpdate', 'Recreate'] }, rollingUpdate: closed({ maxUnavailable: intOrString, maxSurge: intOrString }) }, ['type']),
        selector: labelSelector,
        template: closed({ metadata: closed({ labels, annotations: stringMap }, ['labels']), spec: podSpec }, ['metadata', 'spec']),
      },
      ['selector', 'template'],
    ),
  ),
  PodDisruptionBudget: object('policy/v1', 'PodDisruptionBudget', closed({ minAvailable: intOrString, maxUnavailable: intOrString, selector: labelSelector }, ['selector'])),
  HorizontalPodAutoscaler: object(
    'autoscaling/v2',
    'HorizontalPodAutoscaler',
    closed(
      {
        scaleTargetRef: closed({ apiVersion: string, kind: string, name: dnsName }, ['kind', 'name']),
        minReplicas: { type: 'integer', minimum: 1 },
        maxReplicas: { type: 'integer', minimum: 1 },
        metrics: {
          type: 'array',
          items: closed(
            { type: { const: 'Resource' }, resource: closed({ name: { enum: ['cpu', 'memory'] }, target: closed({ type: { const: 'Utilization' }, averageUtilization: { type: 'integer', minimum: 1 } }, ['type', 'averageUtilization']) }, ['name', 'target']) },
            ['type', 'resource'],
          ),
        },
      },
      ['scaleTargetRef', 'maxReplicas'],
    ),
  ),
  Ingress: object(
    'networking.k8s.io/v1',
    'Ingress',
    closed(
      {
        ingressClassName: string,
        tls: { type: 'array', items: closed({ hosts: { type: 'array', items: string }, secretName: dnsName }, ['secretName']) },
        rules: {
          type: 'array',
          minItems: 1,
          items: closed(
            {
              host: string,
              http: closed(
                {
                  paths: {
                    type: 'array',
                    items: closed(
                      {
                        path: { type: 'string', pattern: '^/' },
                        pathType: { enum: ['Prefix', 'Exact', 'ImplementationSpecific'] },
                        backend: closed({ service: closed({ name: dnsName, port: { type: 'object', additionalProperties: false, minProperties: 1, maxProperties: 1, properties: { name: dnsName, number: integer } } }, ['name', 'port']) }, ['service']),
                      },
                      ['path', 'pathType', 'backend'],
                    ),
                  },
                },
                ['paths'],
              ),
            },
            ['http'],
          ),
        },
      },
      ['rules'],
    ),
  ),
  NetworkPolicy: object(
    'networking.k8s.io/v1',
    'NetworkPolicy',
    closed(
      {
        podSelector: labelSelector,
        policyTypes: { type: 'array', items: { enum: ['Ingress', 'Egress'] } },
        ingress: {
          type: 'array',
          items: closed({
            from: { type: 'array', items: { type: 'object', additionalProperties: false, minProperties: 1, properties: { podSelector: labelSelector, namespaceSelector: labelSelector } } },
            ports: { type: 'array', items: closed({ port: intOrString, protocol: { enum: ['TCP', 'UDP'] } }, ['port']) },
          }),
        },
      },
      ['podSelector'],
    ),
  ),
  TriggerAuthentication: object('keda.sh/v1alpha1', 'TriggerAuthentication', closed({ secretTargetRef: { type: 'array', minItems: 1, items: closed({ parameter: string, name: dnsName, key: string }, ['parameter', 'name', 'key']) } })),
  ScaledObject: object(
    'keda.sh/v1alpha1',
    'ScaledObject',
    closed(
      {
        scaleTargetRef: closed({ name: dnsName, kind: string, apiVersion: string }, ['name']),
        minReplicaCount: { type: 'integer', minimum: 0 },
        maxReplicaCount: { type: 'integer', minimum: 1 },
        pollingInterval: integer,
        cooldownPeriod: integer,
        triggers: {
          type: 'array',
          minItems: 1,
          items: {
            oneOf: [
              closed(
                {
                  type: { const: 'redis-streams' },
                  authenticationRef: closed({ name: dnsName }, ['name']),
                  // KEDA reads every trigger parameter as a string.
                  metadata: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['stream', 'consumerGroup'],
                    properties: { stream: string, consumerGroup: string, pendingEntriesCount: { type: 'string', pattern: '^[0-9]+$' }, lagCount: { type: 'string', pattern: '^[0-9]+$' }, activationLagCount: { type: 'string' } },
                    oneOf: [{ required: ['pendingEntriesCount'] }, { required: ['lagCount'] }],
                  },
                },
                ['type', 'metadata'],
              ),
              closed({ type: { const: 'cpu' }, metricType: { enum: ['Utilization', 'AverageValue'] }, metadata: closed({ value: { type: 'string', pattern: '^[0-9]+$' } }, ['value']) }, ['type', 'metricType', 'metadata']),
            ],
          },
        },
      },
      ['scaleTargetRef', 'triggers'],
    ),
  ),
};
