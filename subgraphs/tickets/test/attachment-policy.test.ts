import { GraphQLError } from 'graphql';
import { checkAttachment, isImage, safeFilename } from '../src/attachments/attachment-policy.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions['code']).toBe('BAD_USER_INPUT');
    return (error as GraphQLError).message;
  }
  throw new Error('not refused');
};

describe('attachment policy', () => {
  it('takes an image whose bytes match its type, and keeps only the last path segment of its name', () => {
    expect(checkAttachment({ filename: '..\\..\\C:\\scan\u0000.png', contentType: 'IMAGE/PNG; name=x', content: PNG }, 100)).toEqual({
      filename: 'scan.png',
      contentType: 'image/png',
      content: PNG,
    });
    expect(isImage('image/png')).toBe(true);
    expect(isImage('application/pdf')).toBe(false);
  });

  it('refuses active content, a disguised file, an empty file and one over the limit, saying why', () => {
    expect(refusal(() => checkAttachment({ filename: 'a.svg', contentType: 'image/svg+xml', content: Buffer.from('<svg/>') }, 100))).toMatch(/image\/svg\+xml is not accepted/);
    expect(refusal(() => checkAttachment({ filename: 'a.html', contentType: 'text/html', content: Buffer.from('<b>') }, 100))).toMatch(/not accepted/);
    expect(refusal(() => checkAttachment({ filename: 'a.png', contentType: 'image/png', content: Buffer.from('MZ\x90\x00') }, 100))).toMatch(/is not a valid image\/png file/);
    expect(refusal(() => checkAttachment({ filename: 'a.txt', contentType: 'text/plain', content: Buffer.alloc(0) }, 100))).toMatch(/is empty/);
    expect(refusal(() => checkAttachment({ filename: 'a.txt', contentType: 'text/plain', content: Buffer.alloc(101) }, 100))).toMatch(/101 bytes; the limit is 100/);
  });

  it('names a file without a usable name "attachment"', () => {
    expect(safeFilename('../..')).toBe('attachment');
    expect(safeFilename('')).toBe('attachment');
  });
});
