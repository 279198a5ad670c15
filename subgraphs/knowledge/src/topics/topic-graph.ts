export interface TopicGraphNode {
  id: string;
  kind: 'TOPIC' | 'PRODUCT' | 'ARTICLE';
  label: string;
}

export interface TopicGraph {
  nodes: TopicGraphNode[];
  edges: Array<{ from: string; to: string; kind: 'ABOUT' | 'RELATED' }>;
}
