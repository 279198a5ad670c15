/**
 * Signs of frustration and urgency that word valences miss: how the customer writes (capitals,
 * exclamation marks) and what they say about the history and timing of their problem.
 */
export interface CueDetector {
  /** Shown to the human in `cues`, so it names the sign plainly. */
  readonly label: string;
  /** What the cue says about the customer. */
  readonly signals: 'frustration' | 'urgency';
  readonly test: (text: string) => boolean;
}

/** At least three shouted words, or a mostly upper-case text: one acronym (ATM, GDPR) is not shouting. */
function isShouting(text: string): boolean {
  const shouted = text.match(/\b\p{Lu}{3,}\b/gu) ?? [];
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  return shouted.length >= 3 || (letters.length >= 12 && upper.length / letters.length > 0.6);
}

const REPEATED_CONTACT =
  /\b(?:again|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time|(?:\d+|two|three|four|five|several|many|multiple) times|already (?:contacted|called|wrote|written|emailed|asked|told)|still (?:no|not|waiting|haven't|hasn't|nothing)|keep (?:asking|calling|writing)|(?:nobody|no one) (?:has )?(?:answered|replied|responded|helped)|encore une fois|toujours pas|déjà (?:appelé|écrit|contacté)|otra vez|de nuevo|todavía no|ya (?:he|les) (?:llamado|escrito)|schon wieder|immer noch|noch immer|bereits (?:angerufen|geschrieben)|di nuovo|ancora una volta|ancora niente|outra vez|de novo|ainda não|opnieuw|nog steeds|alweer|znowu|ponownie|nadal nie|wciąż nie)(?![\p{L}\p{N}])/iu;

const DEADLINE =
  /\b(?:urgent(?:ly)?|asap|immediately|right now|emergency|today|tonight|tomorrow|deadline|end of (?:the )?day|eod|within \d+ (?:hours?|minutes?)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)|urgence|immédiatement|aujourd'hui|demain|urgente|inmediatamente|hoy|mañana|dringend|sofort|heute|morgen|eilig|urgentemente|subito|oggi|domani|imediatamente|hoje|amanhã|spoed|meteen|vandaag|morgen|pilne|pilnie|natychmiast|dzisiaj|jutro)(?![\p{L}\p{N}])/iu;

const STRONG_LANGUAGE = /\b(?:wtf|damn|shit|crap|hell|bullshit|putain|merde|mierda|joder|scheiße|scheisse|verdammt|cazzo|merda|porra|caralho|kut|godverdomme|kurwa|cholera)(?![\p{L}\p{N}])/iu;

const THREAT_TO_LEAVE =
  /\b(?:cancel (?:my|the) (?:account|subscription|contract)|clos(?:e|ing) my account|switch(?:ing)? to (?:another|a different|your competitor)|leave (?:your|this) (?:bank|service)|résilier|darse de baja|kündigen|disdire|chiudere il conto|cancelar a conta|opzeggen|rekening opheffen|zamknąć konto|rezygnuję)(?![\p{L}\p{N}])/iu;

export const CUE_DETECTORS: readonly CueDetector[] = [
  { label: 'ALL CAPS', signals: 'frustration', test: isShouting },
  { label: '!!!', signals: 'frustration', test: (text) => /!{2,}|[!?]{3,}/.test(text) },
  { label: 'repeated contact', signals: 'frustration', test: (text) => REPEATED_CONTACT.test(text) },
  { label: 'strong language', signals: 'frustration', test: (text) => STRONG_LANGUAGE.test(text) },
  { label: 'threat to leave', signals: 'frustration', test: (text) => THREAT_TO_LEAVE.test(text) },
  { label: 'deadline words', signals: 'urgency', test: (text) => DEADLINE.test(text) },
];
