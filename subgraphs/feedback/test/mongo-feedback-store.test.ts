import { connectMongo, probeMongo, serverOf } from '@support-graph/test-kit';
import { createFeedbackStore } from '../src/store/create-feedback-store.js';
import { feedbackStoreContract } from './feedback-store-contract.js';

/** The contract on a MongoDB at MONGODB_URL; reported as skipped, with the reason, when none answers. */
const mongo = await probeMongo();

feedbackStoreContract(
  'MikroORM on MongoDB',
  async () => {
    const { url } = serverOf(mongo);
    const client = await connectMongo(url);
    try {
      for (const collection of ['csat_responses', 'draft_ratings', 'suggestion_ratings', 'help_sessions', 'article_votes', 'ticket_facts', 'cube_cells', 'signal_receipts']) {
        await client.db().collection(collection).drop().catch(() => undefined);
      }
    } finally {
      await client.close();
    }
    return createFeedbackStore({ DATA_DIR: '.', MONGODB_URL: url });
  },
  mongo.skipReason,
);
