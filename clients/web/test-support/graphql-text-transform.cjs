// Jest: a .graphql / .gql file imported with Vite's `?raw` becomes its text, as in the browser bundle.
module.exports = {
  process(source) {
    return { code: `module.exports = ${JSON.stringify(source)};` };
  },
};
