import { useId, useState } from 'react';
import { writeTokenStore } from '../lib/write-token';

/** Asks for the write token once per browser session; every write then uses it. */
export function WriteTokenField({ label }: { label: string }) {
  const [token, setToken] = useState('');
  const id = useId();
  return (
    <form
      className="token-form"
      onSubmit={(event) => {
        event.preventDefault();
        writeTokenStore.write(token.trim());
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        value={token}
        onChange={(e) => setToken(e.target.value)}
        placeholder="PARLEY_API_TOKEN"
      />
      <button type="submit" disabled={token.trim() === ''}>
        Use token
      </button>
    </form>
  );
}
