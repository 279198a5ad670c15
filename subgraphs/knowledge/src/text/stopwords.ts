/**
 * Function words that carry no topic. Negations and question words are deliberately absent:
 * "not working" and "why declined" are what support queries are about.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of at by for with about to from in on into onto over under up down out off ' +
    'is am are was were be been being do does did doing have has had having i me my mine myself we our ours ' +
    'you your yours he him his she her it its they them their this that these those there here so than too very ' +
    'just also then as such some any all each both same own other again further once s t can could would should ' +
    'will shall may might must get got getting please hi hello thanks thank im ive id dont'
  ).split(' '),
);
