import type { ImportDocument } from './import-document.js';
import { documentFromFields } from './import-fields.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * An HTML help page → Markdown-shaped text: headings keep their level (so the chunker can split
 * on them), list items become "- " lines, scripts, styles and tags are dropped. Metadata comes
 * from <meta name="…"> (external-id, summary, tags, locale, status) and <title>.
 */
export function parseHtmlArticle(fileName: string, html: string): ImportDocument | string {
  const meta: Record<string, unknown> = {};
  for (const match of html.matchAll(/<meta\s+name=["']([\w-]+)["']\s+content=["']([^"']*)["']\s*\/?>/gi)) {
    meta[camel(match[1]!.toLowerCase())] = decode(match[2]!);
  }
  const title = decode(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim() ?? '') || undefined;
  const bodyHtml = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const markdown = decode(
    bodyHtml
      .replace(/<(script|style|nav|footer)[^>]*>[\s\S]*?<\/\1>/gi, '')
      .replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/gi, (_, level: string, text: string) => `\n${'#'.repeat(Number(level))} ${stripTags(text).trim()}\n`)
      .replace(/<li[^>]*>/gi, '\n- ')
      .replace(/<(br|\/p|\/div|\/ul|\/ol|\/tr)\s*\/?>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*\n+/g, '\n\n')
    .trim();
  const heading = /^#\s+(.+)$/m.exec(markdown)?.[1];
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.html?$/i, '');
  return documentFromFields({ ...meta, externalId: meta.externalId }, { externalId: stem, title: title ?? heading, body: markdown });
}

function stripTags(html: string): string {
  return html.replace(/<[^>]+>/g, '');
}

function decode(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

function camel(name: string): string {
  return name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}
