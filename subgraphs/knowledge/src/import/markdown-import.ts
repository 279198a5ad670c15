import { parse as parseYaml } from 'yaml';
import type { ImportDocument } from './import-document.js';
import { documentFromFields } from './import-fields.js';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A Markdown file with optional YAML front matter (id, title, summary, tags, locale, status, topics, products). */
export function parseMarkdownArticle(fileName: string, content: string): ImportDocument | string {
  const match = FRONT_MATTER.exec(content);
  let fields: Record<string, unknown> = {};
  if (match) {
    try {
      const parsed: unknown = parseYaml(match[1]!);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) fields = parsed as Record<string, unknown>;
    } catch {
      return 'has front matter that is not valid YAML';
    }
  }
  const body = match ? content.slice(match[0].length) : content;
  const heading = /^#\s+(.+)$/m.exec(body)?.[1]?.trim();
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.(md|markdown)$/i, '');
  return documentFromFields(fields, { externalId: stem, title: heading, body });
}
