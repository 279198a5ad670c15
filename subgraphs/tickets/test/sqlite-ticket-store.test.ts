import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteTicketStore } from '../src/store/create-ticket-store.js';
import { ticketStoreContract } from './ticket-store-contract.js';

ticketStoreContract('MikroORM on SQLite (file)', () => createSqliteTicketStore(join(mkdtempSync(join(tmpdir(), 'tickets-')), 'tickets.sqlite')));
