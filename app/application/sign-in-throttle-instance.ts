import { SignInThrottle } from "./sign-in-throttle";

// One throttle per server process, on globalThis because Next bundles routes separately.
const g = globalThis as unknown as { atlasSignInThrottle?: SignInThrottle };

/** The process-wide sign-in throttle. */
export function signInThrottle(): SignInThrottle {
  return (g.atlasSignInThrottle ??= new SignInThrottle());
}
