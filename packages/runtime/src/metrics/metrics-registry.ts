import { Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One Prometheus registry per process, served at `/metrics` by the gateway and by every subgraph:
 * each process reports what happens in it (in `npm start`, all of them in one).
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });
