import type { Grader } from './grader.js';
import { replySentences } from './reply-sentences.js';

const COURTESY =
  /\b(?:thank\w*|sorry|apolog\w*|please|gracias|lamenta\w*|por favor|merci|désolé\w*|s'il vous plaît|danke|dank|leid|bitte|grazie|dispiace|obrigad\w*|lamentamos|bedankt|spijt|dziękujemy|przepraszamy|proszę)\b/iu;
const SIGN_OFF =
  /\b(?:regards|sincerely|best wishes|saludo\w*|cordialement|grüße|saluti|cumprimentos|groet|poważaniem|team|equipo|équipe|equipa|zespół)\b/iu;
/** Phrases that read as dismissive or blaming whatever the context; extend with care (each costs every reply that has it). */
const BANNED = [
  'calm down',
  'as i already said',
  'as previously stated',
  'per my last',
  'obviously',
  'you should have',
  'not our problem',
  'nothing we can do',
  'read the manual',
  'unfortunately for you',
];
const MAX_MEAN_WORDS = 25;
const MAX_SENTENCE_WORDS = 40;

const words = (sentence: string) => sentence.split(/\s+/u).filter(Boolean).length;

export const toneGrader: Grader = {
  name: 'tone',
  judges:
    'Six checks, each worth a sixth: a greeting line, an acknowledgement (thanks or an apology) near the start, a closing sign-off, politeness (a courtesy word, no shouting in capitals), no banned phrase, readability (sentences of at most 25 words on average, none over 40).',
  cannotJudge: 'Warmth, sarcasm or condescension in otherwise polite words; courtesy words outside the listed languages (en es fr de it pt nl pl).',
  grade(_item, output) {
    const lines = output.reply.split('\n').map((line) => line.trim()).filter(Boolean);
    const sentences = replySentences(output.reply);
    const opening = lines.slice(1, 3).join(' ');
    const lower = output.reply.toLowerCase();
    const shouting = (output.reply.match(/\b\p{Lu}{4,}\b/gu) ?? []).length >= 2;
    const checks: [string, boolean][] = [
      ['greeting', lines.length > 0 && /[,:]$/u.test(lines[0]!) && words(lines[0]!) <= 8],
      ['acknowledgement', COURTESY.test(opening)],
      ['closing', lines.slice(-2).some((line) => SIGN_OFF.test(line))],
      ['politeness', COURTESY.test(output.reply) && !shouting],
      ['no banned phrase', !BANNED.some((phrase) => lower.includes(phrase))],
      [
        'readability',
        sentences.length > 0 &&
          sentences.reduce((sum, s) => sum + words(s), 0) / sentences.length <= MAX_MEAN_WORDS &&
          sentences.every((s) => words(s) <= MAX_SENTENCE_WORDS),
      ],
    ];
    const failed = checks.filter(([, passed]) => !passed).map(([name]) => name);
    return { score: (checks.length - failed.length) / checks.length, note: failed.length === 0 ? 'all tone checks pass' : `fails: ${failed.join(', ')}` };
  },
};
