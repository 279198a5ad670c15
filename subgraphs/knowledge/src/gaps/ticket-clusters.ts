/** A ticket with its unit-length embedding, as clustering takes it. */
export interface EmbeddedTicket {
  readonly id: string;
  readonly vector: Float32Array;
}

/** The cosine of two unit-length vectors: their dot product. */
export function cosineOfUnitVectors(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i += 1) dot += a[i]! * b[i]!;
  return dot;
}

/**
 * Leader clustering, oldest ticket first: a ticket joins the first cluster whose leader it is at
 * least `minSimilarity` close to, or leads a new one. Oldest first keeps a cluster's leader (and so
 * the gap's id) the same as newer tickets join. Linear in tickets × clusters, enough for the
 * recent window a content-gap report looks at.
 */
export function clusterTickets(tickets: readonly EmbeddedTicket[], minSimilarity: number): EmbeddedTicket[][] {
  const clusters: EmbeddedTicket[][] = [];
  for (const ticket of tickets) {
    const home = clusters.find((cluster) => cosineOfUnitVectors(cluster[0]!.vector, ticket.vector) >= minSimilarity);
    if (home) home.push(ticket);
    else clusters.push([ticket]);
  }
  return clusters;
}
