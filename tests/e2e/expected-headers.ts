import { CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY } from "../../lib/server/security-headers";

/** The security headers every response must carry, as a response's `headers()` names them. */
export const EXPECTED_SECURITY_HEADERS = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": PERMISSIONS_POLICY,
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
};
