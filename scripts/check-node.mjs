// Run first by `npm start` and the start:* scripts: on any other Node the build would succeed and
// the platform would then die on a missing built-in (node:sqlite), never saying why. Plain
// JavaScript that every Node version can parse; the supported range is package.json's "engines".
const SUPPORTED_MAJOR = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major !== SUPPORTED_MAJOR) {
  process.stderr.write(`Support Graph needs Node ${SUPPORTED_MAJOR} LTS (found ${process.version}).\n`);
  process.exit(1);
}
