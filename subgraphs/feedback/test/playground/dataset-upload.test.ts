import { DatasetProblem, parseDatasetUpload } from '../../src/playground/datasets/dataset-upload.js';

describe('dataset uploads', () => {
  it('reads CSV with quoted fields and lists, redacting personal data before anything is kept', () => {
    const csv = 'text,language,reference,expectedArticle,expectedMissing\n"Card 4111 1111 1111 1111 lost, call +1 415 555 0100",en,"Mail ann@example.com",kb-lost-card,"card_last4,transaction_date"\nNo answer here,en,,-,\n';
    const [first, second] = parseDatasetUpload('csv', csv);
    expect(first).toEqual({
      id: 'item-1',
      text: 'Card [CARD] lost, call [PHONE]',
      language: 'en',
      reference: 'Mail [EMAIL]',
      expectedArticle: 'kb-lost-card',
      expectedMissing: ['card_last4', 'transaction_date'],
    });
    expect(second).toEqual({ id: 'item-2', text: 'No answer here', language: 'en', expectedArticle: null });
  });

  it('reads the expected escalation as a JSON boolean or a yes/no, true/false, 1/0 cell', () => {
    const csv = 'text,expectedEscalation\nI want a human,yes\nWhere is my card,no\nLawyer,TRUE\nHello,\n';
    expect(parseDatasetUpload('csv', csv.replace('TRUE', 'true')).map((item) => item.expectedEscalation)).toEqual([true, false, true, undefined]);
    expect(() => parseDatasetUpload('csv', csv)).toThrow(/line 4: expectedEscalation/);
    expect(parseDatasetUpload('jsonl', '{"text":"sue you","expectedEscalation":true}\n')[0]).toMatchObject({ expectedEscalation: true });
  });

  it('reads JSONL and names the first bad line', () => {
    expect(parseDatasetUpload('jsonl', '{"id":"a","text":"hello","expectedMissing":["x"]}\n\n')).toEqual([{ id: 'a', text: 'hello', expectedMissing: ['x'] }]);
    expect(() => parseDatasetUpload('jsonl', '{"text":"ok"}\nnot json\n')).toThrow(new DatasetProblem('line 2: not a JSON object'));
    expect(() => parseDatasetUpload('jsonl', '{"text":""}\n')).toThrow(/line 1: text/);
    expect(() => parseDatasetUpload('jsonl', '{"id":"a","text":"x"}\n{"id":"a","text":"y"}\n')).toThrow(/line 2: id a is used twice/);
    expect(() => parseDatasetUpload('csv', 'body\nx\n')).toThrow(/`text` column/);
    expect(() => parseDatasetUpload('csv', 'text\n"never closed\n')).toThrow(/not closed/);
  });
});
