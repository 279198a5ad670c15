export { startPlatform, type PlatformOptions, type RunningPlatform } from './start-platform.js';
export { startGatewayServer, type GatewayServerOptions, type RunningGateway } from './gateway-server.js';
export { SUBGRAPHS } from './subgraphs/subgraph-catalog.js';
export { configuredSubgraphUrl } from './subgraphs/subgraph-urls.js';
export { createTokenVerifier, type TokenVerifier } from './authentication/token-verifier.js';
export { composeSupergraph, CompositionError, type Composition } from './composition/compose-supergraph.js';
export { SUPERGRAPH_PATH } from './supergraph-sdl.js';
export { demoTargets } from './demo/demo-targets.js';
export { isWorkspaceEmpty, loadDemoWorkspace, type DemoLoadSummary, type DemoTargets } from './demo/load-demo-workspace.js';
