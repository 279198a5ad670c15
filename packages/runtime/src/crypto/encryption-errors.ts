/**
 * Why an encrypted field could not be read, or why key material was refused. Messages name the
 * field and record (never the value) so an operator can find the row; built by named constructors
 * so the wording lives here.
 */
export class EnvelopeError extends Error {
  static malformed(field: string, recordId: string): EnvelopeError {
    return new EnvelopeError(`Encrypted ${field} of ${recordId} is not a valid enc:v1 envelope`);
  }

  static unknownKey(keyId: string, field: string, recordId: string): EnvelopeError {
    return new EnvelopeError(`Encrypted ${field} of ${recordId} uses data key "${keyId}", which this keyring does not hold`);
  }

  static authenticationFailed(field: string, recordId: string): EnvelopeError {
    return new EnvelopeError(
      `Encrypted ${field} of ${recordId} failed authentication: it was altered, moved from another field or record, or the key is wrong`,
    );
  }
}

export class EncryptionKeyError extends Error {
  static badKeyId(keyId: string): EncryptionKeyError {
    return new EncryptionKeyError(`Data key id "${keyId}" must be 1-64 characters of [A-Za-z0-9_-]`);
  }

  static badKeyLength(name: string, bytes: number): EncryptionKeyError {
    return new EncryptionKeyError(`${name} must be 32 bytes (base64-encoded), got ${bytes}`);
  }

  static activeKeyMissing(keyId: string): EncryptionKeyError {
    return new EncryptionKeyError(`The active data key "${keyId}" is not among the configured keys`);
  }

  static incompleteConfig(): EncryptionKeyError {
    return new EncryptionKeyError(
      'DATA_ENCRYPTION_KEYS and BLIND_INDEX_KEY are set together (DATA_ENCRYPTION_ACTIVE_KEY too when there is more than one key), or none of them for the generated embedded keys',
    );
  }

  static unparsable(name: string): EncryptionKeyError {
    return new EncryptionKeyError(`${name} is neither a JSON object {"id":"base64key"} nor "id:base64key,..."`);
  }

  static blindIndexKeyChanged(): EncryptionKeyError {
    return new EncryptionKeyError('The blind index key changed while running; every stored blind index would stop matching');
  }
}
