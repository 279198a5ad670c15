import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export const TriageModelDecision = { PROMOTED: 'PROMOTED', CANDIDATE: 'CANDIDATE' } as const;
export type TriageModelDecision = (typeof TriageModelDecision)[keyof typeof TriageModelDecision];

export const RetrainTrigger = { STARTUP: 'STARTUP', REQUEST: 'REQUEST', SCHEDULE: 'SCHEDULE' } as const;
export type RetrainTrigger = (typeof RetrainTrigger)[keyof typeof RetrainTrigger];

registerEnumType(TriageModelDecision, {
  name: 'TriageModelDecision',
  description: 'PROMOTED: it was at least as good as the serving model on the held-out slice and replaced it; CANDIDATE: kept, not served',
});
registerEnumType(RetrainTrigger, { name: 'RetrainTrigger', description: 'What started a training' });

@ObjectType('HeldOutMetrics', { description: 'A model’s scores on the held-out slice no version trains on' })
export class HeldOutMetricsType {
  @Field(() => Float, { description: '0–1' }) accuracy!: number;
  @Field(() => Float, { description: '0–1, unweighted mean over the categories' }) macroF1!: number;
  @Field(() => Int) examples!: number;
}

@ObjectType('TriageModelVersion', { description: 'One trained triage model, kept whatever the promotion gate decided' })
export class TriageModelVersionType {
  @Field(() => Int) version!: number;
  @Field(() => Date) trainedAt!: Date;
  @Field(() => RetrainTrigger) trigger!: RetrainTrigger;
  @Field(() => Int, { description: 'Examples it trained on' }) examples!: number;
  @Field(() => Int, { description: 'Of which people’s corrections and imported labels' }) corrections!: number;
  @Field(() => HeldOutMetricsType) metrics!: HeldOutMetricsType;
  @Field(() => Int, { nullable: true, description: 'The serving version it was compared with' }) comparedWith!: number | null;
  @Field(() => HeldOutMetricsType, { nullable: true, description: 'That version’s scores on the same slice' }) servingMetrics!: HeldOutMetricsType | null;
  @Field(() => TriageModelDecision) decision!: TriageModelDecision;
  @Field(() => String, { description: 'Why the gate promoted it or kept it as a candidate' }) reason!: string;
  @Field(() => Boolean, { description: 'Whether this version serves now' }) active!: boolean;
}
