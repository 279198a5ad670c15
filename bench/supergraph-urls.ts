/** The supergraph with each subgraph's `@join__graph` URL replaced by where it answers in this run. */
export function supergraphWithUrls(sdl: string, urls: ReadonlyMap<string, string>): string {
  return sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) => {
    const url = urls.get(name);
    return url ? `@join__graph(name: "${name}", url: "${url}")` : whole;
  });
}
