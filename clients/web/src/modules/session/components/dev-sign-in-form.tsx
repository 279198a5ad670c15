import { useState, type FormEvent } from 'react';
import { requestDevToken } from '../dev-token-request';
import { ROLES, type Role } from '../session';

/** Embedded mode: pick a role (and a customer's email) and get a dev token from the gateway. */
export function DevSignInForm({ defaultRole, onToken }: { defaultRole: Role; onToken: (token: string) => void }) {
  const [role, setRole] = useState<Role>(defaultRole);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onToken(await requestDevToken(role, email.trim() || undefined));
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  };

  return (
    <form className="sign-in-form" onSubmit={(event) => void submit(event)} aria-label="Dev sign-in">
      <label>
        Role
        <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {ROLES.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {role === 'customer' ? 'Your email' : 'Email (optional)'}
        <input
          type="email"
          value={email}
          required={role === 'customer'}
          placeholder={role === 'customer' ? 'you@example.com' : `${role}@support.local`}
          onChange={(event) => setEmail(event.target.value)}
        />
      </label>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      <button type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
